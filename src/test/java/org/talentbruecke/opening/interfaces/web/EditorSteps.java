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

  /** The checkbox of a skill in the must-have or nice-to-have list. */
  public static WebElement skillBox(Browser browser, String list, String label) {
    WebElement labelElement =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//*[@id='editor:" + list + "']//label[normalize-space()='" + label + "']"));
    return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
  }

  public static void tick(Browser browser, String list, String label) {
    WebElement box = skillBox(browser, list, label);
    if (!box.isSelected()) {
      box.click();
    }
  }
}
