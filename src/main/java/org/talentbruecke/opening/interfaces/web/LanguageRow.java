package org.talentbruecke.opening.interfaces.web;

import java.io.Serializable;

/** One "other language" row of the editor: an ISO 639 code and a CEFR level, both may be empty. */
public class LanguageRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String code;
  private String level;

  public LanguageRow() {}

  LanguageRow(String code, String level) {
    this.code = code;
    this.level = level;
  }

  boolean isEmpty() {
    return (code == null || code.isBlank()) && (level == null || level.isBlank());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
