package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.talentbruecke.it.Axe;
import org.talentbruecke.it.Browser;
import org.talentbruecke.it.Demo;
import org.talentbruecke.it.Http;
import org.talentbruecke.it.RawKeys;
import org.talentbruecke.it.Reflow;
import org.talentbruecke.it.RunningApplication;
import org.talentbruecke.opening.interfaces.web.EditorSteps;

/**
 * axe-core checks every page of every role in real headless Chromium, in German and in Arabic
 * (right to left), against WCAG 2.0/2.1 A and AA; the same visit fails on any raw message key and,
 * shown on phones 320 and 390 px wide, on anything wider than the screen (WCAG 2.1 SC 1.4.10
 * Reflow, which axe does not check).
 */
@ExtendWith(RunningApplication.class)
class AccessibilityIT {

  /** Who looks at a page: nobody signed in, or one of the demo accounts. */
  enum Visitor {
    ANONYMOUS(null),
    JOB_SEEKER("seeker@demo.test"),
    EMPLOYER("employer@demo.test"),
    STAFF("staff@demo.test"),
    ADMIN("admin@demo.test");

    final String email;

    Visitor(String email) {
      this.email = email;
    }
  }

  /**
   * One page in one state: who visits which address, what to do there before checking, and which
   * view file answers (an error page answers for a forbidden or unknown address).
   */
  record Page(Visitor visitor, String path, String state, Consumer<Browser> prepare, String view) {
    static Page of(Visitor visitor, String path) {
      return new Page(visitor, path, "", b -> {}, path);
    }

    Page after(String state, Consumer<Browser> action) {
      return new Page(visitor, path, state, action, view);
    }

    Page answeredBy(String errorView) {
      return new Page(visitor, path, state, prepare, errorView);
    }

    @Override
    public String toString() {
      return visitor + " " + path + (state.isEmpty() ? "" : " (" + state + ")");
    }
  }

  /**
   * EVERY page of Talentbrücke, for every role that may see it. When you add a page, add it here:
   * it is then checked by axe in German and Arabic, for raw message keys and for reflow on phones.
   */
  static final List<Page> PAGES =
      List.of(
          Page.of(Visitor.ANONYMOUS, "/index.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/login.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/login.xhtml")
              .after("sent empty", b -> b.clickAndWait("#login\\:submit")),
          Page.of(Visitor.ANONYMOUS, "/register.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/register.xhtml")
              .after("sent empty", b -> b.clickAndWait("#registration\\:submit")),
          Page.of(Visitor.ANONYMOUS, "/imprint.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/privacy.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/accessibility.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/openings.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/openings.xhtml")
              .after("filtered", b -> b.go("/openings.xhtml?hours=FULL_TIME&maxGermanLevel=B1")),
          Page.of(Visitor.ANONYMOUS, "/openings.xhtml")
              .after(
                  "second page, closing soon",
                  b -> b.go("/openings.xhtml?sort=CLOSING_SOON&page=2&near=03241001")),
          Page.of(Visitor.ANONYMOUS, "/openings.xhtml")
              .after("nothing found", b -> b.go("/openings.xhtml?q=gibt-es-hier-nicht")),
          Page.of(Visitor.ANONYMOUS, "/openings.xhtml")
              .after("details of the first opening", b -> b.clickAndWait("#results h3 a"))
              .answeredBy("/opening.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/join.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/join.xhtml")
              .after(
                  "valid invitation",
                  b -> b.go("/join.xhtml?token=" + AccessibilityIT.invitationToken)),
          Page.of(Visitor.ANONYMOUS, "/join.xhtml")
              .after(
                  "valid invitation, sent empty",
                  b -> {
                    b.go("/join.xhtml?token=" + AccessibilityIT.invitationToken);
                    b.clickAndWait("#join\\:submit");
                  }),
          Page.of(Visitor.ANONYMOUS, "/no-such-page.xhtml").answeredBy("/error/404.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/error/500.xhtml"),
          Page.of(Visitor.ANONYMOUS, "/error/expired.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/index.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/index.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/openings.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/occupations.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/occupations.xhtml")
              .after(
                  "type-ahead open",
                  b -> {
                    b.type("#profile\\:occupationSearch_input", "Krankenpfleger");
                    b.find("#profile\\:occupationSearch_panel li.ui-autocomplete-item");
                  }),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/skills.xhtml"),
          // Skills step (issue 14, decision 007): a ticked suggestion shows its level in the row,
          // the filter narrows the list with a live count, "show all" opens it, and a ticked
          // suggestion without a level is refused with the error summary.
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/skills.xhtml")
              .after(
                  "suggestion ticked, list filtered",
                  b -> {
                    b.find("#profile\\:suggestions\\:0\\:tick").click();
                    b.type("#suggestionList-filter", "e");
                  }),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/skills.xhtml")
              .after("all suggestions shown", b -> b.find("#suggestionList-all").click()),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/skills.xhtml")
              .after(
                  "refused: a ticked suggestion without a level",
                  b -> {
                    b.find("#profile\\:suggestions\\:0\\:tick").click();
                    b.clickAndWait("#profile\\:save");
                  }),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/work.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/work.xhtml")
              .after(
                  "refused with errors",
                  b -> {
                    b.type("#profile\\:workHistory\\:0\\:to", "1999-01");
                    b.clickAndWait("#profile\\:save");
                  }),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/languages.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/languages.xhtml")
              .after(
                  "second language side by side",
                  b -> {
                    new org.openqa.selenium.support.ui.Select(
                            b.find("#secondLanguageForm\\:secondLanguage"))
                        .selectByValue("uk");
                    b.clickAndWait("#secondLanguageForm\\:showSecondLanguage");
                  }),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/qualifications.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/qualifications.xhtml")
              .after("help open", b -> b.find("#recognitionHelp summary").click()),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/availability.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/profile/about.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/account/index.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/account/index.xhtml")
              .after("sent empty", b -> b.clickAndWait("#password\\:change")),
          Page.of(Visitor.JOB_SEEKER, "/account/index.xhtml")
              .after("language saved", b -> b.clickAndWait("#language\\:saveLanguage")),
          Page.of(Visitor.JOB_SEEKER, "/account/index.xhtml")
              .after("confirmation open", b -> openConfirmation(b, "#sessions\\:everywhere")),
          Page.of(Visitor.JOB_SEEKER, "/account/index.xhtml")
              .after(
                  "deletion asked without password",
                  b ->
                      b.go("/account/index.xhtml?erase=confirm")
                          .clickAndWait("#erase\\:eraseConfirm")),
          Page.of(Visitor.JOB_SEEKER, "/admin/index.xhtml").answeredBy("/error/403.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after("sent empty", b -> b.clickAndWait("#newOpening\\:save")),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "confirmation before closing an opening",
                  b -> openConfirmation(b, "button[id$='\\:close']")),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "draft opened in the editor",
                  b -> {
                    saveDraft(b, "Pflegefachkraft (m/w/d)", "Wir bieten Mentoring.");
                    b.clickAndWait("a[id$='\\:0\\:edit']");
                  })
              .answeredBy("/employer/opening.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "regulated occupation chosen, skills suggested",
                  b -> {
                    saveDraft(b, "Pflegefachkraft (m/w/d)", "Wir bieten Mentoring.");
                    b.clickAndWait("a[id$='\\:0\\:edit']");
                    EditorSteps.pick(
                        b,
                        "occupation",
                        "Krankenpfleger Allgemeine",
                        EditorSteps.NURSE,
                        "#editor\\:skillsBlock");
                    EditorSteps.tick(b, "mustHave", EditorSteps.HYGIENE);
                  })
              .answeredBy("/employer/opening.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "skills filtered and all shown, one a nice-to-have",
                  b -> {
                    saveDraft(b, "Pflegefachkraft (m/w/d)", "Wir bieten Mentoring.");
                    b.clickAndWait("a[id$='\\:0\\:edit']");
                    EditorSteps.pick(
                        b,
                        "occupation",
                        "Krankenpfleger Allgemeine",
                        EditorSteps.NURSE,
                        "#editor\\:skillsBlock");
                    EditorSteps.tick(b, "niceToHave", EditorSteps.PATIENT_RIGHTS);
                    b.find("#skillList-all").click();
                    b.type("#skillList-filter", "e");
                  })
              .answeredBy("/employer/opening.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "preview of a draft",
                  b -> {
                    saveDraft(b, "Pflegefachkraft (m/w/d)", "Wir bieten Mentoring.");
                    b.clickAndWait("a[id$='\\:0\\:edit']");
                    EditorSteps.pick(
                        b,
                        "occupation",
                        "Krankenpfleger Allgemeine",
                        EditorSteps.NURSE,
                        "#editor\\:skillsBlock");
                    EditorSteps.tick(b, "mustHave", EditorSteps.HYGIENE);
                    b.clickAndWait("#editor\\:preview");
                  })
              .answeredBy("/employer/preview.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "fair-ad findings before publishing",
                  b -> {
                    saveDraft(b, "Servicekraft", "Deutsch als Muttersprache, junges Team.");
                    b.clickAndWait("button[id$='\\:0\\:publish']");
                  })
              .answeredBy("/employer/publish.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "invitation link shown",
                  b -> {
                    b.type(
                        "#invite\\:email",
                        "kollegin-"
                            + UUID.randomUUID().toString().substring(0, 6)
                            + "@example.org");
                    b.clickAndWait("#invite\\:send");
                  }),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "candidates of a published opening, details open",
                  b -> {
                    b.go("/employer/candidates.xhtml?opening=" + AccessibilityIT.publishedOpening);
                    b.find("#candidates details.tb-details summary").click();
                  })
              .answeredBy("/employer/candidates.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "candidates filtered to nobody",
                  b ->
                      b.go(
                          "/employer/candidates.xhtml?opening="
                              + AccessibilityIT.publishedOpening
                              + "&mustHaves=true&commute=0&availableBy=2000-01-01&sort=value"))
              .answeredBy("/employer/candidates.xhtml"),
          // Issue 14: correcting, extending, closing, reopening and deleting openings.
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "published opening in the editor, with an earlier version",
                  b -> b.go("/employer/opening.xhtml?id=" + AccessibilityIT.correctedOpening))
              .answeredBy("/employer/opening.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "change to a published opening stopped by fair-ad findings",
                  b -> {
                    b.go("/employer/opening.xhtml?id=" + AccessibilityIT.correctedOpening);
                    b.type("#editor\\:description", "Deutsch als Muttersprache, junges Team.");
                    b.clickAndWait("#editor\\:publishChange");
                  })
              .answeredBy("/employer/opening.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "extending an opening, a day in the past refused",
                  b -> {
                    b.go("/employer/extend.xhtml?opening=" + AccessibilityIT.correctedOpening);
                    ((org.openqa.selenium.JavascriptExecutor) b.driver())
                        .executeScript(
                            "arguments[0].value = '2001-01-01';", b.find("#extend\\:lastDay"));
                    b.clickAndWait("#extend\\:save");
                  })
              .answeredBy("/employer/extend.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "confirmation before deleting a draft",
                  b -> openConfirmation(b, "button[id$='\\:delete']")),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "preview of a closed opening, to reopen",
                  b -> b.go("/employer/preview.xhtml?id=" + AccessibilityIT.closedOpening))
              .answeredBy("/employer/preview.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/index.xhtml")
              .after(
                  "preview of a published opening, confirmation before closing",
                  b -> {
                    b.go("/employer/preview.xhtml?id=" + AccessibilityIT.correctedOpening);
                    openConfirmation(b, "#actions\\:close");
                  })
              .answeredBy("/employer/preview.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/organisation.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/organisation.xhtml")
              .after(
                  "wrong postcode",
                  b -> {
                    b.type("#profile\\:postcode", "301");
                    b.clickAndWait("#profile\\:save");
                  }),
          Page.of(Visitor.EMPLOYER, "/account/index.xhtml"),
          Page.of(Visitor.STAFF, "/staff/index.xhtml"),
          Page.of(Visitor.STAFF, "/staff/openings.xhtml"),
          Page.of(Visitor.STAFF, "/staff/region.xhtml"),
          Page.of(Visitor.STAFF, "/staff/region.xhtml")
              .after(
                  "filtered to Hannover and ISCO group 2",
                  b ->
                      b.go(
                          "/staff/region.xhtml?municipality=03241001&iscoMajor=2&from=2026-01-01")),
          Page.of(Visitor.STAFF, "/staff/region.xhtml")
              .after(
                  "period backwards, unknown municipality",
                  b -> b.go("/staff/region.xhtml?from=2026-06-01&to=2026-05-01&municipality=1")),
          Page.of(Visitor.STAFF, "/staff/index.xhtml")
              .after(
                  "candidates of a published opening, recommended without a reason",
                  b -> {
                    b.go("/staff/candidates.xhtml?opening=" + AccessibilityIT.publishedOpening);
                    b.clickAndWait("#staffDecide\\:rows\\:0\\:pin");
                  })
              .answeredBy("/staff/candidates.xhtml"),
          Page.of(Visitor.STAFF, "/account/index.xhtml"),
          Page.of(Visitor.ADMIN, "/admin/index.xhtml"),
          Page.of(Visitor.ADMIN, "/admin/index.xhtml")
              .after("sent empty", b -> b.clickAndWait("#newStaff\\:create")),
          Page.of(Visitor.ADMIN, "/admin/reference.xhtml"),
          Page.of(Visitor.ADMIN, "/account/index.xhtml"),
          // Contact on consent (issue 12): the demo job seeker's interest in the demo employer's
          // opening (pagesHaveData) fills both contacts pages and the outbox.
          Page.of(Visitor.JOB_SEEKER, "/seeker/contacts.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/contacts.xhtml")
              .after(
                  "confirmation before withdrawing",
                  b -> openConfirmation(b, "button[id$='\\:withdraw']")),
          Page.of(Visitor.JOB_SEEKER, "/seeker/contacts.xhtml")
              .after(
                  "show interest in another opening",
                  b -> b.go("/seeker/interest.xhtml?opening=" + AccessibilityIT.otherOpening))
              .answeredBy("/seeker/interest.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/seeker/contacts.xhtml")
              .after(
                  "interest refused: phone without a number",
                  b -> {
                    b.go("/seeker/interest.xhtml?opening=" + AccessibilityIT.otherOpening);
                    new org.openqa.selenium.support.ui.Select(b.find("#interest\\:channel"))
                        .selectByValue("PHONE");
                    b.clickAndWait("#interest\\:send");
                  })
              .answeredBy("/seeker/interest.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/contacts.xhtml"),
          Page.of(Visitor.EMPLOYER, "/employer/contacts.xhtml")
              .after(
                  "card of the interest open",
                  b -> b.find("#contactList details.tb-contact-card summary").click()),
          Page.of(Visitor.EMPLOYER, "/employer/contacts.xhtml")
              .after(
                  "asking to contact a candidate, sent empty",
                  b -> {
                    b.go(
                        "/employer/contact.xhtml?opening="
                            + AccessibilityIT.publishedOpening
                            + "&candidate="
                            + AccessibilityIT.candidateHandle);
                    b.clickAndWait("#ask\\:send");
                  })
              .answeredBy("/employer/contact.xhtml"),
          Page.of(Visitor.ADMIN, "/admin/outbox.xhtml"),
          // Audit trail and consent (decision 043). The last job seeker state signs in as a fresh
          // account, so that the demo job seeker keeps their consent.
          Page.of(Visitor.JOB_SEEKER, "/seeker/views.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/account/consent.xhtml"),
          Page.of(Visitor.JOB_SEEKER, "/account/index.xhtml")
              .after(
                  "consent withdrawn: asked to agree again",
                  b -> {
                    b.signIn(AccessibilityIT.freshSeeker(), AccessibilityIT.FRESH_PASSWORD);
                    b.go("/account/index.xhtml");
                    b.clickAndWait("#withdrawConsent\\:withdraw");
                  })
              .answeredBy("/account/consent.xhtml"),
          Page.of(Visitor.ADMIN, "/admin/audit.xhtml"),
          Page.of(Visitor.ADMIN, "/admin/audit.xhtml")
              .after(
                  "filtered, from after to refused",
                  b -> b.go("/admin/audit.xhtml?type=SIGN_IN&from=2026-12-05&to=2026-12-01")),
          // Staff verification and admin accounts (issue 14): review page, its refusals and
          // confirmations, and the accounts list.
          Page.of(Visitor.STAFF, "/staff/index.xhtml")
              .after("review of a waiting organisation", b -> openReview(b))
              .answeredBy("/staff/organisation.xhtml"),
          Page.of(Visitor.STAFF, "/staff/index.xhtml")
              .after(
                  "review, verify refused for missing details",
                  b -> {
                    openReview(b);
                    openConfirmation(b, "#decide\\:verify");
                    b.find(AccessibilityIT.CONFIRM_YES).click();
                    b.awaitLoaded().find("#errorSummary");
                  })
              .answeredBy("/staff/organisation.xhtml"),
          Page.of(Visitor.STAFF, "/staff/index.xhtml")
              .after(
                  "review, confirmation before rejecting",
                  b -> {
                    openReview(b);
                    openConfirmation(b, "#decide\\:reject");
                  })
              .answeredBy("/staff/organisation.xhtml"),
          Page.of(Visitor.ADMIN, "/admin/accounts.xhtml"),
          Page.of(Visitor.ADMIN, "/admin/accounts.xhtml")
              .after("searched by role", b -> b.go("/admin/accounts.xhtml?q=demo&role=EMPLOYER")),
          Page.of(Visitor.ADMIN, "/admin/accounts.xhtml")
              .after(
                  "confirmation before deactivating",
                  b -> {
                    b.go("/admin/accounts.xhtml?q=demo&role=JOB_SEEKER");
                    openConfirmation(b, "button[id$='\\:deactivate']");
                  }));

  private static final String FRESH_PASSWORD = "Barrierefrei zugestimmt 2026";

  /** A job seeker registered just now over the API; answers the e-mail address. */
  static String freshSeeker() {
    String email = "a11y-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    var created =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", FRESH_PASSWORD)
                .add("displayName", "Nour Zustimmung")
                .add("role", "JOB_SEEKER")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            "192.0.2.190");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return email;
  }

  private static final String CONFIRM_YES =
      ":is(.ui-confirm-dialog, .ui-confirmdialog)[aria-hidden='false'] .ui-confirmdialog-yes";

  /** The review page of the organisation this test registered (waiting, with no details). */
  private static void openReview(Browser browser) {
    browser.go("/staff/organisation.xhtml?id=" + AccessibilityIT.waitingOrganisation);
  }

  private static void saveDraft(Browser browser, String title, String description) {
    browser.type("#newOpening\\:title", title);
    browser.type("#newOpening\\:description", description);
    browser.clickAndWait("#newOpening\\:save");
  }

  /** A new page that is missing from PAGES makes the build fail, so it cannot escape the check. */
  @Test
  void everyViewOfTheApplicationIsInThePageList() throws IOException {
    Path webapp = Path.of("src/main/webapp");
    Set<String> views;
    try (Stream<Path> files = Files.walk(webapp)) {
      views =
          files
              .filter(f -> f.toString().endsWith(".xhtml"))
              .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
              .filter(v -> !v.startsWith("/WEB-INF/"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(views).hasSizeGreaterThan(10);
    assertThat(PAGES.stream().map(Page::view).collect(Collectors.toSet()))
        .as("add new pages to AccessibilityIT.PAGES")
        .containsAll(views);
  }

  /** Token of an invitation into the demo employer's organisation, for the join page. */
  private static String invitationToken;

  /** A published opening of the demo employer, for its candidates page. */
  private static long publishedOpening;

  /** A published opening of another organisation, for the job seeker's interest page. */
  private static long otherOpening;

  /** A candidate of the published opening, for the employer's ask-to-contact page. */
  private static String candidateHandle;

  /**
   * The demo job seeker shows interest in the demo employer's published opening (once per server: a
   * second time is refused as shown already), and a candidate and another opening are picked.
   */
  private static void contactData(String employer) {
    for (jakarta.json.JsonValue v :
        Json.createReader(new java.io.StringReader(Http.get("/api/v1/openings").body()))
            .readArray()) {
      long id = v.asJsonObject().getJsonNumber("id").longValue();
      if (id != publishedOpening) {
        otherOpening = id;
      }
    }
    // A candidate the employer has not asked yet (other tests of the same run may have asked).
    String asked = Http.get("/api/v1/contacts", "Authorization", "Bearer " + employer).body();
    HttpResponse<String> candidates =
        Http.get(
            "/api/v1/openings/" + publishedOpening + "/candidates?limit=100",
            "Authorization",
            "Bearer " + employer);
    candidateHandle =
        Http.json(candidates).getJsonArray("items").stream()
            .map(c -> c.asJsonObject().getString("handle"))
            .filter(h -> !asked.contains("\"" + h + "\""))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> interest =
        Http.postJson(
            "/api/v1/contacts/interest",
            "{\"openingId\":" + publishedOpening + ",\"channel\":\"EMAIL\"}",
            "Authorization",
            "Bearer " + Http.demoToken("seeker"));
    assertThat(interest.statusCode()).as(interest.body()).isIn(201, 409);
  }

  /** A published opening of the demo employer that was corrected once (one earlier version). */
  private static long correctedOpening;

  /** A closed opening of the demo employer, for the preview that offers reopening. */
  private static long closedOpening;

  /**
   * Data on the pages: a draft opening for the demo employer, a company waiting for staff, an
   * invitation.
   */
  @BeforeAll
  static void pagesHaveData() {
    String employer = Http.demoToken("employer");
    for (jakarta.json.JsonValue v :
        Json.createReader(
                new java.io.StringReader(
                    Http.get("/api/v1/openings?mine=true", "Authorization", "Bearer " + employer)
                        .body()))
            .readArray()) {
      if ("PUBLISHED".equals(v.asJsonObject().getString("status"))) {
        publishedOpening = v.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    assertThat(publishedOpening).as("the demo employer has a published opening").isPositive();
    contactData(employer);
    HttpResponse<String> invitation =
        Http.postJson(
            "/api/v1/organisations/mine/invitations",
            "{\"email\":\"a11y-colleague@example.org\"}",
            "Authorization",
            "Bearer " + employer);
    assertThat(invitation.statusCode()).as(invitation.body()).isEqualTo(201);
    invitationToken = Http.json(invitation).getString("token");
    HttpResponse<String> draft =
        Http.postJson(
            "/api/v1/openings",
            Json.createObjectBuilder()
                .add("title", "Pflegefachkraft (m/w/d)")
                .add("description", "Tagdienst")
                .build()
                .toString(),
            "Authorization",
            "Bearer " + employer);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    correctedOpening = publishedOpeningOfDemoEmployer(employer, "Küchenhilfe (m/w/d)");
    HttpResponse<String> corrected =
        Http.send(
            Http.request(
                    "/api/v1/openings/" + correctedOpening,
                    "Authorization",
                    "Bearer " + employer,
                    "Content-Type",
                    "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Küchenhilfe (w/m/d)\",\"description\":\"Frühdienst\"}"))
                .build());
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    closedOpening = publishedOpeningOfDemoEmployer(employer, "Spülkraft (m/w/d)");
    HttpResponse<String> closed =
        Http.send(
            Http.request(
                    "/api/v1/openings/" + closedOpening + "/close",
                    "Authorization",
                    "Bearer " + employer)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    HttpResponse<String> company =
        Http.postJson(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add(
                    "email",
                    "a11y-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
                .add("password", "Ein langer Satz als Passwort 7")
                .add("displayName", "Ayşe Demir")
                .add("role", "EMPLOYER")
                .add("organisationName", "Bäckerei am Lindener Markt")
                .add("privacyAccepted", true)
                .build()
                .toString(),
            "X-Forwarded-For",
            "192.0.2.77");
    assertThat(company.statusCode()).as(company.body()).isEqualTo(201);
    String staff = Http.demoToken("staff");
    for (jakarta.json.JsonValue v :
        Json.createReader(
                new java.io.StringReader(
                    Http.get("/api/v1/organisations", "Authorization", "Bearer " + staff).body()))
            .readArray()) {
      if ("Bäckerei am Lindener Markt".equals(v.asJsonObject().getString("name"))) {
        waitingOrganisation = v.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    assertThat(waitingOrganisation).as("the new company waits for staff").isPositive();
  }

  private static long publishedOpeningOfDemoEmployer(String token, String title) {
    HttpResponse<String> draft =
        Http.postJson(
            "/api/v1/openings",
            Json.createObjectBuilder()
                .add("title", title)
                .add("description", "Tagdienst")
                .build()
                .toString(),
            "Authorization",
            "Bearer " + token);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    long id = Http.json(draft).getJsonNumber("id").longValue();
    HttpResponse<String> published =
        Http.send(
            Http.request("/api/v1/openings/" + id + "/publish", "Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  /** The company registered above, waiting for staff, for the review page. */
  private static long waitingOrganisation;

  @ParameterizedTest(name = "every page in {0}")
  @ValueSource(strings = {"de", "ar"})
  void everyPageOfEveryRoleMeetsWcag21AA(String language) {
    List<String> problems = new ArrayList<>();
    List<String> review = new ArrayList<>();
    int checked = 0;
    for (Visitor visitor : Visitor.values()) {
      List<Page> pages = PAGES.stream().filter(p -> p.visitor() == visitor).toList();
      try (Browser browser = Browser.open(language)) {
        if (visitor.email != null) {
          browser.signIn(visitor.email, Demo.PASSWORD);
        }
        for (Page page : pages) {
          browser.go(page.path());
          page.prepare().accept(browser);
          String where = page + " [" + language + "]";
          String lang = browser.find("html").getAttribute("lang");
          String dir = browser.find("html").getAttribute("dir");
          if (!language.equals(lang) || !("ar".equals(language) ? "rtl" : "ltr").equals(dir)) {
            problems.add(where + ": html lang=" + lang + " dir=" + dir);
          }
          RawKeys.on(browser.driver()).forEach(k -> problems.add(where + ": raw message key " + k));
          Reflow.check(browser.driver(), Reflow.PHONE_WIDTHS)
              .forEach(p -> problems.add(where + ": reflow at " + p));
          Axe.Report report = Axe.run(browser.driver()); // last: may rewrite Arabic letters
          report.violations().forEach(v -> problems.add(where + ": " + v));
          report.needsReview().forEach(v -> review.add(where + ": " + v));
          checked++;
        }
      }
    }
    writeReport(language, problems, review);
    assertThat(checked).isEqualTo(PAGES.size());
    assertThat(problems)
        .as(
            problems.size()
                + " accessibility problems in "
                + language
                + ":\n"
                + String.join("\n", problems))
        .isEmpty();
  }

  /**
   * The check itself can fail: a field without label, Arabic or German text too pale, a raw key, a
   * box too wide for a phone.
   */
  @ParameterizedTest(name = "the check finds barriers in {0}")
  @ValueSource(strings = {"de", "ar"})
  void theCheckFindsABarrierWhenThereIsOne(String language) {
    try (Browser browser = Browser.open(language)) {
      browser.go("/index.xhtml");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "const main = document.querySelector('main');"
                  + "const i = document.createElement('input'); i.id = 'unlabelled'; main.appendChild(i);"
                  + "const pale = document.createElement('p'); pale.id = 'pale'; pale.style.color = '#b0b0b0';"
                  + "pale.textContent = document.querySelector('h1').textContent; main.appendChild(pale);"
                  + "const t = document.createElement('p'); t.textContent = 'nav.home'; main.appendChild(t);"
                  + "const wide = document.createElement('p'); wide.id = 'toowide';"
                  + "wide.style.width = '30rem'; wide.textContent = 'Zerspanungsmechanikerin';"
                  + "main.appendChild(wide);");
      assertThat(Reflow.check(browser.driver(), List.of(320)))
          .anySatisfy(p -> assertThat(p).contains("320 px").contains("p#toowide"));
      assertThat(RawKeys.on(browser.driver())).contains("nav.home");
      List<Axe.Violation> found = Axe.check(browser.driver());
      assertThat(found)
          .anySatisfy(
              v -> assertThat(v.rule() + v.target()).contains("label").contains("unlabelled"));
      assertThat(found)
          .anySatisfy(
              v -> assertThat(v.rule() + v.target()).contains("color-contrast").contains("pale"));
    }
  }

  /** Every focusable element reached with Tab shows where the focus is. */
  @ParameterizedTest(name = "focus visible on {0}")
  @ValueSource(strings = {"/login.xhtml", "/register.xhtml"})
  void keyboardFocusIsAlwaysVisible(String path) {
    try (Browser browser = Browser.open("de")) {
      browser.go(path);
      List<String> invisible = new ArrayList<>();
      int reached = 0;
      for (int i = 0; i < 40; i++) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        String focus =
            (String) ((JavascriptExecutor) browser.driver()).executeScript(FOCUS_INDICATOR);
        if (focus.startsWith("BODY")) {
          break;
        }
        reached++;
        if (focus.endsWith(":none")) {
          invisible.add(focus);
        }
      }
      assertThat(reached).as("focusable elements on " + path).isGreaterThan(5);
      assertThat(invisible).as("elements without a visible focus on " + path).isEmpty();
    }
  }

  // The focused element, and whether an outline or a box shadow marks it (or the PrimeFaces box
  // that stands for a hidden native checkbox or radio button).
  private static final String FOCUS_INDICATOR =
      "const e = document.activeElement;"
          + "const shown = e.closest('.ui-chkbox, .ui-radiobutton')?.querySelector('.ui-chkbox-box, .ui-radiobutton-box') || e;"
          + "const s = getComputedStyle(shown);"
          + "const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';"
          + "return e.tagName + '#' + e.id + ':' + (visible ? 'visible' : 'none');";

  private static void writeReport(String language, List<String> problems, List<String> review) {
    try {
      Path file = Path.of("target", "axe", "axe-" + language + ".txt");
      Files.createDirectories(file.getParent());
      Files.write(
          file,
          Stream.of(
                  List.of("# Violations"),
                  problems,
                  List.of("", "# Needs review (axe could not decide)"),
                  review)
              .flatMap(List::stream)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void openConfirmation(Browser browser, String button) {
    browser.find(button).click();
    browser.find(".ui-confirm-dialog[aria-hidden='false'], .ui-confirmdialog[aria-hidden='false']");
  }
}
