package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.talentbruecke.opening.domain.OpeningFilter;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.shared.application.FieldChecks;

/**
 * Reads the public list's filters from text (query parameters); unknown values are errors, never
 * ignored.
 */
@ApplicationScoped
public class OpeningFilterParser {
  @Inject private Vocabulary vocabulary;
  @Inject private MunicipalityCatalog municipalities;

  public OpeningFilter filter(
      String occupation, String municipality, String hours, String maxGermanLevel) {
    FieldChecks checks = new FieldChecks();
    String job = blankToNull(occupation);
    if (job != null
        && (job.length() > RequirementChecks.MAX_URI
            || !vocabulary.exists(job, ConceptType.OCCUPATION))) {
      checks.add("occupation", "opening.error.unknownConcept");
    }
    String place = blankToNull(municipality);
    if (place != null && !municipalities.isKnown(place)) {
      checks.add("municipality", "opening.error.municipality");
    }
    WorkingHours workingHours = null;
    if (blankToNull(hours) != null) {
      try {
        workingHours = WorkingHours.valueOf(hours.strip());
      } catch (IllegalArgumentException e) {
        checks.add("hours", "opening.error.choice");
      }
    }
    CefrLevel level = null;
    if (blankToNull(maxGermanLevel) != null) {
      level = CefrLevel.byName(maxGermanLevel).orElse(null);
      if (level == null) {
        checks.add("maxGermanLevel", "opening.error.level");
      }
    }
    checks.throwIfAny();
    return new OpeningFilter(job, place, workingHours, level);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
