package org.talentbruecke.reference.application;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the ESCO version of an import. ESCO's CSV files do not say which version they are; the
 * official zips say it in their name ("ESCO dataset - v1.2.0 - classification - de - csv.zip"), and
 * the shipped data lists it per file in VERSION.txt.
 */
public final class EscoVersions {
  public static final String UNKNOWN = "unknown";
  private static final Pattern IN_NAME = Pattern.compile("v?(\\d+\\.\\d+(?:\\.\\d+)?)");
  private static final Pattern IN_MANIFEST = Pattern.compile("(?m)^esco:\\s+(.+)$");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(?:\\.\\d+)?");

  private EscoVersions() {}

  /** The first version number in a file name, else {@link #UNKNOWN}. */
  public static String fromFileName(String name) {
    if (name == null) {
      return UNKNOWN;
    }
    Matcher m = IN_NAME.matcher(name);
    return m.find() ? m.group(1) : UNKNOWN;
  }

  /** All versions a VERSION.txt names, ascending and joined with "+", e.g. "1.1.1+1.2.0+1.2.1". */
  public static String fromManifest(String manifest) {
    TreeSet<String> versions = new TreeSet<>();
    Matcher line = IN_MANIFEST.matcher(manifest);
    while (line.find()) {
      Matcher v = VERSION.matcher(line.group(1));
      while (v.find()) {
        versions.add(v.group());
      }
    }
    return versions.isEmpty() ? UNKNOWN : String.join("+", versions);
  }
}
