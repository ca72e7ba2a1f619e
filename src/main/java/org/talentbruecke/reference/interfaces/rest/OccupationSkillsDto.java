package org.talentbruecke.reference.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.application.OccupationSkills.ConceptLabel;

/** An occupation with the skills ESCO marks as essential or optional for it. */
@Schema(name = "OccupationSkills")
public record OccupationSkillsDto(
    String uri,
    String label,
    String language,
    boolean fallback,
    String iscoCode,
    List<ConceptHitDto> essential,
    List<ConceptHitDto> optional) {

  static OccupationSkillsDto of(OccupationSkills o) {
    ConceptLabel occupation = o.occupation();
    return new OccupationSkillsDto(
        occupation.uri(),
        occupation.label(),
        occupation.language(),
        occupation.fallback(),
        o.iscoCode().isEmpty() ? null : o.iscoCode(),
        o.essential().stream().map(OccupationSkillsDto::skill).toList(),
        o.optional().stream().map(OccupationSkillsDto::skill).toList());
  }

  private static ConceptHitDto skill(ConceptLabel s) {
    return new ConceptHitDto(s.uri(), s.label(), s.language(), s.fallback(), null);
  }
}
