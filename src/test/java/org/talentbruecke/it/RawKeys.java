package org.talentbruecke.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Finds message keys shown to people instead of their text: a word like {@code nav.home} that is a
 * key of the German bundle, or Faces' {@code ???key???} marker for a key no bundle has.
 */
public final class RawKeys {
  private static final Pattern KEY_LIKE = Pattern.compile("[a-z]+\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_]");
  private static final Set<String> KEYS = load();

  // Visible text plus the texts that only assistive technology reads.
  private static final String SHOWN_TEXT =
      "const parts = [document.title, document.body.innerText];"
          + "document.querySelectorAll('[aria-label],[title],[placeholder],[alt],input[type=submit],input[type=button]')"
          + ".forEach(e => ['aria-label','title','placeholder','alt','value'].forEach(a => parts.push(e.getAttribute(a) || '')));"
          + "return parts.join('\\n');";

  private RawKeys() {}

  /** Raw keys in the page currently open in the browser. */
  public static List<String> on(WebDriver driver) {
    return in((String) ((JavascriptExecutor) driver).executeScript(SHOWN_TEXT));
  }

  /** Raw keys in a text. */
  public static List<String> in(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = KEY_LIKE.matcher(text);
    while (m.find()) {
      if (KEYS.contains(m.group())) {
        found.add(m.group());
      }
    }
    Matcher missing = Pattern.compile("\\?\\?\\?([^?\\s]+)\\?\\?\\?").matcher(text);
    while (missing.find()) {
      found.add(missing.group());
    }
    return List.copyOf(found);
  }

  private static Set<String> load() {
    Properties german = new Properties();
    try (InputStream in = RawKeys.class.getResourceAsStream("/i18n/messages_de.properties")) {
      german.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(german.stringPropertyNames());
  }
}
