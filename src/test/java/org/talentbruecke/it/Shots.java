package org.talentbruecke.it;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Whole-page screenshots at desktop (1280 px) and phone (390 px) width into target/screenshots, so
 * a person can look at a changed page as its users see it.
 */
public final class Shots {
  private Shots() {}

  public static void take(Browser browser, String name) {
    Dimension before = browser.driver().manage().window().getSize();
    try {
      for (int width : new int[] {1280, 390}) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        long height =
            ((Number)
                    ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollHeight"))
                .longValue();
        browser
            .driver()
            .manage()
            .window()
            .setSize(new Dimension(width, (int) Math.min(6000, Math.max(900, height + 120))));
        browser.screenshot(name + "-" + width);
      }
    } finally {
      browser.driver().manage().window().setSize(before);
    }
  }
}
