package org.talentbruecke.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The browser keeps the last language chosen, in a cookie that outlives the session. */
class LanguageCookieTest {

  @Test
  void theCookieKeepsTheLanguageForAYearForTheWholeApplication() {
    Cookie cookie = LanguageSelection.cookie(Locale.forLanguageTag("ar"), "/talentbruecke", true);
    assertThat(cookie.getName()).isEqualTo("tb_lang");
    assertThat(cookie.getValue()).isEqualTo("ar");
    assertThat(cookie.getPath()).isEqualTo("/talentbruecke");
    assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 60 * 60);
    assertThat(cookie.getSecure()).isTrue();
    assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
  }

  @Test
  void theRootContextGetsTheRootPathAndPlainHttpNoSecureFlag() {
    Cookie cookie = LanguageSelection.cookie(Locale.forLanguageTag("uk"), "", false);
    assertThat(cookie.getPath()).isEqualTo("/");
    assertThat(cookie.getSecure()).isFalse();
  }

  @Test
  void aSupportedLanguageInTheCookieIsTheBrowsersChoice() {
    Cookie[] cookies = {new Cookie("JSESSIONID", "x"), new Cookie("tb_lang", "tr")};
    assertThat(LanguageSelection.fromCookies(cookies)).contains(Locale.forLanguageTag("tr"));
  }

  @Test
  void noCookieOrAnUnsupportedValueIsNoChoice() {
    assertThat(LanguageSelection.fromCookies(null)).isEmpty();
    assertThat(LanguageSelection.fromCookies(new Cookie[] {new Cookie("JSESSIONID", "x")}))
        .isEmpty();
    assertThat(LanguageSelection.fromCookies(new Cookie[] {new Cookie("tb_lang", "xx")})).isEmpty();
    assertThat(LanguageSelection.fromCookies(new Cookie[] {new Cookie("tb_lang", "<script>")}))
        .isEmpty();
  }
}
