package org.talentbruecke.opening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One ESCO skill an opening asks for, either as a must-have or as a nice-to-have. */
@Embeddable
public class RequiredSkill {
  @Column(name = "SKILL_URI", nullable = false, length = 255)
  private String skillUri;

  @Column(name = "MUST_HAVE", nullable = false)
  private boolean mustHave;

  protected RequiredSkill() {}

  public RequiredSkill(String skillUri, boolean mustHave) {
    this.skillUri = Objects.requireNonNull(skillUri);
    this.mustHave = mustHave;
  }

  public String getSkillUri() {
    return skillUri;
  }

  public boolean isMustHave() {
    return mustHave;
  }
}
