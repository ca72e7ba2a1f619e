package org.talentbruecke.opening.domain.adcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The fair job-ad rules, read from data files so that wording can change without code. */
public final class RuleSet {

  /** Classpath folder of the shipped rule data. */
  public static final String RESOURCE_FOLDER = "/reference/adcheck/";

  private final List<AdRule> rules;

  private RuleSet(List<AdRule> rules) {
    this.rules = rules;
  }

  /** The rules shipped in {@value #RESOURCE_FOLDER}; loaded once, then shared. */
  public static RuleSet standard() {
    return Shipped.INSTANCE;
  }

  /**
   * Reads rules from CSV data: {@code rules} (id, category, severity, scope, condition, window,
   * reason_de, suggestion_de, reason_en, suggestion_en), {@code patterns} (rule, lang, pattern) and
   * {@code macros} (name, pattern).
   *
   * @throws IllegalArgumentException if the data is malformed or a regex is unsafe
   */
  public static RuleSet load(Reader rules, Reader patterns, Reader macros) {
    return new RuleSet(RuleSetLoader.load(rules, patterns, macros));
  }

  /** All rules, in data-file order. */
  public List<AdRule> rules() {
    return rules;
  }

  /** The rule with the given id. */
  public Optional<AdRule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Lazy holder, so a broken data file fails on first use with a clear message. */
  private static final class Shipped {
    static final RuleSet INSTANCE = fromClasspath();

    private static RuleSet fromClasspath() {
      try (Reader rules = open("rules.csv");
          Reader patterns = open("patterns.csv");
          Reader macros = open("macros.csv")) {
        return load(rules, patterns, macros);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Reader open(String name) {
      InputStream in = RuleSet.class.getResourceAsStream(RESOURCE_FOLDER + name);
      if (in == null) {
        throw new IllegalStateException(
            "ad-check rule file missing from classpath: " + RESOURCE_FOLDER + name);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }
}
