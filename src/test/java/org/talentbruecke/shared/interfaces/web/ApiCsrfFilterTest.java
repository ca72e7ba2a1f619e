package org.talentbruecke.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiCsrfFilterTest {

  @Test
  void ownOriginMatchesTheHostHeader() {
    assertThat(ApiCsrfFilter.sameAuthority("http://localhost:8080", "localhost:8080")).isTrue();
    assertThat(ApiCsrfFilter.sameAuthority("https://jobs.example.org", "jobs.example.org"))
        .isTrue();
    assertThat(ApiCsrfFilter.sameAuthority("https://jobs.example.org:443", "jobs.example.org"))
        .isTrue();
    assertThat(
            ApiCsrfFilter.sameAuthority(
                "https://jobs.example.org/employer/index.xhtml", "jobs.example.org:443"))
        .isTrue();
  }

  @Test
  void otherPortsHostsAndOpaqueOriginsDoNotMatch() {
    assertThat(ApiCsrfFilter.sameAuthority("http://localhost:9999", "localhost:8080")).isFalse();
    assertThat(ApiCsrfFilter.sameAuthority("https://evil.example.org", "jobs.example.org"))
        .isFalse();
    assertThat(ApiCsrfFilter.sameAuthority("null", "jobs.example.org")).isFalse();
    assertThat(ApiCsrfFilter.sameAuthority("http://localhost:8080", null)).isFalse();
    assertThat(ApiCsrfFilter.sameAuthority("not a url", "localhost")).isFalse();
  }

  @Test
  void urlSessionIdsAreRecognisedInAnySpelling() {
    assertThat(UrlSessionIdFilter.hasSessionPathParameter("/a.xhtml;jsessionid=1")).isTrue();
    assertThat(UrlSessionIdFilter.hasSessionPathParameter("/api/v1/me;JSESSIONID=1")).isTrue();
    assertThat(UrlSessionIdFilter.hasSessionPathParameter("/a.xhtml")).isFalse();
  }
}
