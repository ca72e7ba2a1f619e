package org.talentbruecke.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the copy bundled in the Java binding, no download) on the page open in the
 * browser, with the WCAG 2.0/2.1 A and AA rules, and reports each violation on one line. Pages in
 * Arabic get a second contrast pass, because axe skips the contrast of Arabic script.
 */
public final class Axe {
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Axe() {}

  /** One failing element: the rule, where it is, and axe's explanation. */
  public record Violation(String rule, String impact, String target, String summary) {
    @Override
    public String toString() {
      return rule + " (" + impact + ") at " + target + ": " + summary.replaceAll("\\s+", " ");
    }
  }

  /** What axe found on one page: violations fail; items that need review are only reported. */
  public record Report(List<Violation> violations, List<Violation> needsReview) {}

  /**
   * The violations on the current page; an axe run that did not complete is an error, never a pass.
   */
  public static List<Violation> check(WebDriver driver) {
    return run(driver).violations();
  }

  /** Runs axe on the current page. */
  public static Report run(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException(
          "axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
    }
    if (results.getPasses() == null || results.getPasses().isEmpty()) {
      throw new IllegalStateException("axe-core checked nothing on " + driver.getCurrentUrl());
    }
    List<Violation> violations = new ArrayList<>(lines(results.getViolations()));
    if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(LATINISE_ARABIC))) {
      Results contrast = new AxeBuilder().withOnlyRules(List.of("color-contrast")).analyze(driver);
      violations.addAll(lines(contrast.getViolations()));
    }
    return new Report(violations, lines(results.getIncomplete()));
  }

  // axe-core 4.10 does not judge the contrast of Arabic script at all (not even "needs review"; the
  // self-test in AccessibilityIT shows it). Colours, sizes and positions do not depend on the
  // letters, so the contrast rule runs once more with every Arabic letter replaced by a Latin one
  // in place. This changes the page in the browser: check it last.
  private static final String LATINISE_ARABIC =
      "const arabic = /\\p{Script=Arabic}/gu;"
          + "if (!arabic.test(document.body.innerText)) { return false; }"
          + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + "for (let n = walker.nextNode(); n; n = walker.nextNode()) { n.nodeValue = n.nodeValue.replace(arabic, 'x'); }"
          + "return true;";

  private static List<Violation> lines(List<Rule> rules) {
    List<Violation> lines = new ArrayList<>();
    for (Rule rule : rules == null ? List.<Rule>of() : rules) {
      for (CheckedNode node : rule.getNodes()) {
        lines.add(
            new Violation(
                rule.getId(),
                rule.getImpact(),
                String.valueOf(node.getTarget()),
                node.getFailureSummary() == null ? rule.getHelp() : node.getFailureSummary()));
      }
    }
    return lines;
  }
}
