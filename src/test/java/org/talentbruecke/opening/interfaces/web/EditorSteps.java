package org.talentbruecke.opening.interfaces.web;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talentbruecke.it.Browser;

/** What an employer does in the opening editor, step by step, for the browser tests. */
public final class EditorSteps {
  public static final String NURSE =
      "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
  public static final String HYGIENE = "Hygiene im Gesundheitsbereich";
  public static final String PATIENT_RIGHTS = "Patientenrechte";

  private EditorSteps() {}

  public static void select(Browser browser, String css, String value) {
    new Select(browser.find(css)).selectByValue(value);
  }

  /**
   * Types into a type-ahead field and picks the suggestion with this value (an ESCO URI), then
   * waits until the part of the page the choice updates has been replaced.
   */
  public static void pick(Browser browser, String id, String typed, String uri, String updatedCss) {
    WebElement before = browser.find(updatedCss);
    WebElement input = browser.find("#editor\\:" + id + "_input");
    input.clear();
    input.sendKeys(typed);
    By item = By.cssSelector("#editor\\:" + id + "_panel li[data-item-value='" + uri + "']");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(item))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(before));
  }

  /** Picks a skill by its label from the first type-ahead suggestion that carries it. */
  public static void pickSkill(Browser browser, String id, String typed, String label) {
    WebElement before = browser.find("#editor\\:skillsBlock");
    WebElement input = browser.find("#editor\\:" + id + "_input");
    input.clear();
    input.sendKeys(typed);
    By item = By.xpath("//*[@id='editor:" + id + "_panel']//li[normalize-space()='" + label + "']");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(item))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(before));
  }

  /** The row of a skill in the editor's one list of skills (chosen first, then suggestions). */
  public static WebElement skillRow(Browser browser, String label) {
    return browser
        .driver()
        .findElement(
            By.xpath("//ul[@id='skillList']/li[.//label[normalize-space()='" + label + "']]"));
  }

  /** The checkbox of a skill in the list. */
  public static WebElement skillBox(Browser browser, String label) {
    return skillRow(browser, label).findElement(By.cssSelector("input[type=checkbox]"));
  }

  /**
   * How a skill is chosen: "MUST", "NICE", or "" when it is not ticked (the must/nice choice of an
   * unticked row is not shown and does not count).
   */
  public static String kind(Browser browser, String label) {
    if (!skillBox(browser, label).isSelected()) {
      return "";
    }
    return new Select(skillRow(browser, label).findElement(By.cssSelector("select")))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  /**
   * Ticks a skill as a must-have ({@code list} "mustHave") or a nice-to-have ("niceToHave"), as a
   * person would: a suggestion below the first ten is found by typing into the list's filter.
   */
  public static void tick(Browser browser, String list, String label) {
    WebElement box = skillBox(browser, label);
    WebElement filter = browser.find("#skillList-filter");
    if (!box.isDisplayed()) {
      filter.clear();
      filter.sendKeys(label);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(ExpectedConditions.visibilityOf(box));
    }
    if (!box.isSelected()) {
      box.click();
    }
    new Select(skillRow(browser, label).findElement(By.cssSelector("select")))
        .selectByValue("niceToHave".equals(list) ? "NICE" : "MUST");
    filter.clear();
  }
}
