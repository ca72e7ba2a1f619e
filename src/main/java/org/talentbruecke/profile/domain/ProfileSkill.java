package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A skill with its level: either an ESCO skill (by URI) or, where ESCO has nothing fitting, a short
 * text in the person's own words — never both, so matching knows which one it compares.
 */
@Embeddable
public class ProfileSkill {
  public static final int MAX_DESCRIPTION = 200;

  @Column(name = "ESCO_URI", length = 255)
  private String escoUri;

  @Column(name = "DESCRIPTION", length = MAX_DESCRIPTION)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "SKILL_LEVEL", nullable = false, length = 20)
  private SkillLevel level;

  @Column(name = "USED_IN_GERMANY", nullable = false)
  private boolean usedInGermany;

  protected ProfileSkill() {}

  public ProfileSkill(String escoUri, String description, SkillLevel level, boolean usedInGermany) {
    if ((escoUri == null) == (description == null)) {
      throw new IllegalArgumentException("A skill is either an ESCO URI or a description");
    }
    if (description != null && (description.isBlank() || description.length() > MAX_DESCRIPTION)) {
      throw new IllegalArgumentException(
          "Description must have 1 to " + MAX_DESCRIPTION + " characters");
    }
    this.escoUri = escoUri;
    this.description = description;
    this.level = Objects.requireNonNull(level);
    this.usedInGermany = usedInGermany;
  }

  public boolean isEsco() {
    return escoUri != null;
  }

  public String getEscoUri() {
    return escoUri;
  }

  public String getDescription() {
    return description;
  }

  public SkillLevel getLevel() {
    return level;
  }

  public boolean isUsedInGermany() {
    return usedInGermany;
  }
}
