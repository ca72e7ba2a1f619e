package org.talentbruecke.opening.interfaces.rest;

import java.time.Clock;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;

/** An opening as the API shows it; {@code expired} is true once a published opening has run out. */
public record OpeningDto(
    Long id,
    String title,
    String description,
    String status,
    boolean expired,
    long organisationId,
    int positions,
    String municipality,
    String municipalityName,
    String hours,
    String startDate,
    Integer durationMonths,
    Integer payMin,
    Integer payMax,
    String kind,
    OpeningBodyDto.GermanDto german,
    OpeningBodyDto.OffersDto offers,
    boolean openToLearners,
    String publishedAt,
    String expiresAt,
    RequirementsDto requirements) {

  /**
   * The opening with its requirements; {@code labels} names its ESCO URIs, {@code regulation} its
   * occupation, {@code municipalityName} its place.
   */
  static OpeningDto of(
      Opening o,
      Clock clock,
      java.util.Map<String, String> labels,
      org.talentbruecke.reference.domain.recognition.RegulationAnswer regulation,
      String municipalityName) {
    OpeningDetails d = o.getDetails();
    CefrSkillLevels g = d.getGerman();
    return new OpeningDto(
        o.getId(),
        o.getTitle(),
        o.getDescription(),
        o.getStatus().name(),
        o.isExpired(clock.instant()),
        o.getOrganisationId(),
        d.getPositions(),
        d.getMunicipality(),
        municipalityName,
        name(d.getHours()),
        d.getStartDate() == null ? null : d.getStartDate().toString(),
        d.getDurationMonths(),
        d.getPayMin(),
        d.getPayMax(),
        d.getKind().name(),
        new OpeningBodyDto.GermanDto(
            level(g.getListening()),
            level(g.getReading()),
            level(g.getSpokenInteraction()),
            level(g.getSpokenProduction()),
            level(g.getWriting())),
        new OpeningBodyDto.OffersDto(
            d.isOffersMentoring(), d.isOffersLanguageCourse(), d.isOffersRecognitionHelp()),
        d.isOpenToLearners(),
        text(o.getPublishedAt()),
        text(o.getExpiresAt()),
        RequirementsDto.of(o.getRequirements(), labels, regulation));
  }

  private static String level(CefrLevel level) {
    return level == null ? null : level.name();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
