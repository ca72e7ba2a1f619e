package org.talentbruecke.reference.domain.recognition;

import java.util.regex.Pattern;

/** Validation and navigation helpers for ISCO-08 unit group codes (four digits). */
public final class IscoCodes {

  private static final Pattern UNIT_GROUP = Pattern.compile("\\d{4}");

  private IscoCodes() {}

  /** Returns the code unchanged if it is a four-digit unit group code, otherwise throws. */
  public static String requireUnitGroup(String code) {
    if (code == null || !UNIT_GROUP.matcher(code).matches()) {
      throw new IllegalArgumentException("ISCO-08 unit group must have 4 digits: " + code);
    }
    return code;
  }

  /** The major group, i.e. the first digit (0 = armed forces … 9 = elementary occupations). */
  public static int majorGroup(String code) {
    return requireUnitGroup(code).charAt(0) - '0';
  }

  /**
   * True for major groups 1 (managers) and 2 (professionals), whose occupations usually require a
   * university degree (ISCO skill levels 3–4); they get the academic route.
   */
  public static boolean isUsuallyAcademic(String code) {
    int major = majorGroup(code);
    return major == 1 || major == 2;
  }
}
