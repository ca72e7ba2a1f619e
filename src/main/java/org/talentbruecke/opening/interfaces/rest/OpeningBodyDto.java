package org.talentbruecke.opening.interfaces.rest;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.shared.interfaces.rest.AtMost;
import org.talentbruecke.shared.interfaces.rest.Required;

/**
 * Body of {@code POST /api/v1/openings} and {@code PUT /api/v1/openings/{id}}. Only the title is
 * required; pay is gross euros per month, German levels are A1..C2 per sub-skill or absent;
 * requirements (occupation, skills, experience, qualification, other languages) are optional.
 */
public record OpeningBodyDto(
    @Required @AtMost(max = Opening.MAX_TITLE, message = "{validation.tooLong}") String title,
    @AtMost(max = Opening.MAX_DESCRIPTION, message = "{validation.tooLong}") String description,
    Integer positions,
    String municipality,
    String hours,
    LocalDate startDate,
    Integer durationMonths,
    Integer payMin,
    Integer payMax,
    String kind,
    GermanDto german,
    OffersDto offers,
    Boolean openToLearners,
    @Valid RequirementsDto requirements) {

  /** German needed per sub-skill. */
  public record GermanDto(
      String listening,
      String reading,
      String spokenInteraction,
      String spokenProduction,
      String writing) {}

  /** What the employer offers newcomers. */
  public record OffersDto(Boolean mentoring, Boolean languageCourse, Boolean recognitionHelp) {}

  OpeningInput toInput() {
    GermanDto g = german == null ? new GermanDto(null, null, null, null, null) : german;
    OffersDto o = offers == null ? new OffersDto(null, null, null) : offers;
    return new OpeningInput(
        title,
        description,
        positions,
        municipality,
        hours,
        startDate,
        durationMonths,
        payMin,
        payMax,
        kind,
        g.listening(),
        g.reading(),
        g.spokenInteraction(),
        g.spokenProduction(),
        g.writing(),
        o.mentoring(),
        o.languageCourse(),
        o.recognitionHelp(),
        openToLearners,
        requirements == null ? null : requirements.toInput());
  }
}
