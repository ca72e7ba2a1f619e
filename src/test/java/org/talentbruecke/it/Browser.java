package org.talentbruecke.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium. Missing Chromium or ChromeDriver is an error,
 * never a skipped test: bin/test installs them.
 */
public final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Numbers the browsers of a test run. Each browser acts as its own client address (see {@link
   * #open}), so one test's failed logins or registrations never throttle another's.
   */
  private static final java.util.concurrent.atomic.AtomicInteger BROWSERS =
      new java.util.concurrent.atomic.AtomicInteger();

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  /** A new browser with its own profile (no cookies), asking for pages in {@code language}. */
  public static Browser open(String language) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Chromium and ChromeDriver are required (apt-get install chromium chromium-driver); bin/test installs them.");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    actAsOwnClient(driver);
    return new Browser(driver);
  }

  /**
   * All browsers connect from 127.0.0.1, and the login and registration throttles count attempts
   * per client address: together they would soon lock each other out. The test server trusts
   * X-Forwarded-For (RunningApplication sets TALENTBRUECKE_HTTP_TRUST_FORWARDED_FOR, as a reverse
   * proxy in production would), so each browser sends its own address from 198.18.0.0/15, a range
   * reserved for tests.
   */
  private static void actAsOwnClient(ChromeDriver driver) {
    int n = BROWSERS.incrementAndGet();
    String address = "198.18." + (n / 250) % 250 + "." + (n % 250 + 1);
    driver.executeCdpCommand("Network.enable", java.util.Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", address)));
  }

  public Browser go(String path) {
    driver.get(RunningApplication.baseUrl() + path);
    return awaitLoaded();
  }

  public WebDriver driver() {
    return driver;
  }

  public WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public Browser type(String css, String text) {
    WebElement element = find(css);
    element.clear();
    element.sendKeys(text);
    return this;
  }

  /** Clicks and waits for the next page to load (full-page submits). */
  public Browser clickAndWait(String css) {
    WebElement element = find(css);
    element.click();
    return awaitGone(element).awaitLoaded();
  }

  /**
   * Waits until an element of the previous page is gone. While the browser swaps documents it may
   * answer that the node "does not belong to the document" instead of calling it stale: the same.
   */
  public Browser awaitGone(WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                element.isEnabled();
                return false;
              } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
              }
            });
    return this;
  }

  /**
   * Waits until the current document has loaded completely: a post answered by a redirect passes
   * through an intermediate document, and elements found there vanish a moment later.
   */
  public Browser awaitLoaded() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                "complete"
                    .equals(
                        ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.readyState")));
    return this;
  }

  /**
   * Moves the focus with the Tab key until it reaches the element, as a keyboard user would; an
   * element that Tab never reaches fails the test.
   */
  public WebElement tabTo(String css) {
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    for (int presses = 0; presses < 400; presses++) {
      if (Boolean.TRUE.equals(
          js.executeScript(
              "return document.activeElement != null && document.activeElement.matches(arguments[0])",
              css))) {
        return driver.switchTo().activeElement();
      }
      new org.openqa.selenium.interactions.Actions(driver)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .perform();
    }
    throw new AssertionError("The Tab key never reaches " + css);
  }

  /** Sends keys to whatever has the focus. */
  public Browser keys(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Waits until no PrimeFaces ajax request is queued or running. */
  public Browser awaitAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0))")));
    return this;
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String pageText() {
    return find("body").getText();
  }

  public String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  public void signIn(String email, String password) {
    go("/login.xhtml");
    type("#login\\:email", email);
    type("#login\\:password", password);
    clickAndWait("#login\\:submit");
  }

  public void screenshot(String name) {
    try {
      File file =
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.FILE);
      Path target = Path.of("target", "screenshots");
      Files.createDirectories(target);
      Files.copy(
          file.toPath(),
          target.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      // A missing screenshot must not hide the real failure.
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
