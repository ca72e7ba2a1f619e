package org.talentbruecke.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * WCAG 2.1 SC 1.4.10 (Reflow), which axe does not check: the page open in the browser, shown on a
 * phone screen of a given width (Chrome's device emulation on the same browser, so the page state
 * stays as it is), must be no wider than the screen, and no visible element may stick out on either
 * side. In Arabic the side that is cut off is where the lines start, so both sides count.
 */
public final class Reflow {
  /** The narrowest width WCAG asks for (320 CSS px) and a common phone (390 CSS px). */
  public static final List<Integer> PHONE_WIDTHS = List.of(320, 390);

  private static final int PHONE_HEIGHT = 800;

  private Reflow() {}

  /**
   * Shows the current page at each width in turn and returns what does not fit, one line per
   * problem; afterwards the browser has its own window size again.
   */
  public static List<String> check(WebDriver driver, List<Integer> widths) {
    List<String> problems = new ArrayList<>();
    try {
      for (int width : widths) {
        emulate(driver, width);
        @SuppressWarnings("unchecked")
        List<String> found =
            (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(MEASURE, width);
        found.forEach(p -> problems.add(width + " px: " + p));
      }
    } finally {
      ((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    return problems;
  }

  /** Emulates a phone screen {@code width} CSS px wide on the running browser. */
  public static void emulate(WebDriver driver, int width) {
    ((HasCdp) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
  }

  // Waits two frames so the layout (media queries, widgets listening to resize) has followed the
  // new width, then measures. Elements that are not shown count for nothing: no box, hidden,
  // clipped away for screen readers only (clip or clip-path on the element or an ancestor), or a
  // box of at most 1 px. Of nested offenders only the outermost is named: the table, not each cell.
  private static final String MEASURE =
      """
      const width = arguments[0];
      const done = arguments[arguments.length - 1];
      // Popups that PrimeFaces placed when they opened (type-ahead lists) are placed again, as
      // they would be when opened on the phone.
      if (window.PrimeFaces && PrimeFaces.widgets) {
        for (const w of Object.values(PrimeFaces.widgets)) {
          try {
            if (w && w.panel && w.panel.is(':visible') && typeof w.alignPanel === 'function') {
              w.alignPanel();
            }
          } catch (ignored) {
            // a widget of a part of the page that was replaced
          }
        }
      }
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const problems = [];
        const view = window.innerWidth;
        const page = document.documentElement.scrollWidth;
        // A phone widens its layout viewport to the content: then innerWidth grows too.
        if (view !== width || page > width) {
          problems.push('the page is ' + Math.max(view, page) + ' px wide on a screen of '
              + width + ' px');
        }
        const clippedAway = e => {
          for (let a = e; a && a !== document.documentElement; a = a.parentElement) {
            const s = getComputedStyle(a);
            if ((s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none')) return true;
          }
          return false;
        };
        // The screen is where the page's own box lies: a phone that widens its viewport to the
        // content keeps the page box at the screen's width (at the right edge in Arabic).
        const screenStart = document.documentElement.getBoundingClientRect().left;
        const out = new Set();
        for (const e of document.body.querySelectorAll('*')) {
          const r = e.getBoundingClientRect();
          if (r.width <= 1 || r.height <= 1) continue;
          if (r.left >= screenStart - 0.5 && r.right <= screenStart + width + 0.5) continue;
          const s = getComputedStyle(e);
          if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0') continue;
          if (clippedAway(e)) continue;
          out.add(e);
        }
        const name = e => {
          const id = e.id ? '#' + e.id : '';
          const cls = typeof e.className === 'string' && e.className.trim()
              ? '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.') : '';
          const text = (e.innerText || e.value || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
          const r = e.getBoundingClientRect();
          return e.tagName.toLowerCase() + id + cls + ' "' + text + '" spans '
              + Math.round(r.left) + '..' + Math.round(r.right) + ' px';
        };
        const outermost = [...out].filter(e => {
          for (let a = e.parentElement; a; a = a.parentElement) if (out.has(a)) return false;
          return true;
        });
        outermost.slice(0, 8).forEach(e => problems.push('sticks out: ' + name(e)));
        if (outermost.length > 8) problems.push('and ' + (outermost.length - 8) + ' more elements');
        done(problems);
      }));
      """;
}
