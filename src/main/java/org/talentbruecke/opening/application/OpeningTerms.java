package org.talentbruecke.opening.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.opening.domain.OpeningRequirements;
import org.talentbruecke.opening.domain.Requirements;

/**
 * An opening's terms and requirements written out as JSON, kept with each earlier version so that
 * what job seekers saw can be read again (title and text are kept in their own columns). Absent
 * values are left out.
 */
final class OpeningTerms {
  private OpeningTerms() {}

  static String json(Opening opening) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    OpeningDetails d = opening.getDetails();
    if (d != null) {
      json.add("kind", d.getKind().name()).add("positions", d.getPositions());
      put(json, "municipality", d.getMunicipality());
      put(json, "hours", d.getHours() == null ? null : d.getHours().name());
      put(json, "startDate", d.getStartDate() == null ? null : d.getStartDate().toString());
      put(json, "durationMonths", d.getDurationMonths());
      put(json, "payMin", d.getPayMin());
      put(json, "payMax", d.getPayMax());
      JsonObjectBuilder german = Json.createObjectBuilder();
      d.getGerman().asMap().forEach((skill, level) -> german.add(skill.name(), level.name()));
      json.add("german", german)
          .add("offersMentoring", d.isOffersMentoring())
          .add("offersLanguageCourse", d.isOffersLanguageCourse())
          .add("offersRecognitionHelp", d.isOffersRecognitionHelp())
          .add("openToLearners", d.isOpenToLearners());
    }
    Requirements r = opening.getRequirements();
    OpeningRequirements b = r.basics();
    put(json, "occupation", b.getOccupationUri());
    put(json, "minExperienceYears", b.getMinExperienceYears());
    put(json, "qualification", b.getQualification());
    put(json, "qualificationEqf", b.getQualificationEqf());
    put(json, "recognition", b.getRecognition() == null ? null : b.getRecognition().name());
    json.add("mustHave", array(r.mustHave())).add("niceToHave", array(r.niceToHave()));
    JsonObjectBuilder languages = Json.createObjectBuilder();
    r.languages().forEach(l -> languages.add(l.getLanguageCode(), l.getLevel().name()));
    json.add("languages", languages);
    String text = json.build().toString();
    // The column holds as much as a description; a longer record is cut rather than lost whole.
    return text.length() > Opening.MAX_DESCRIPTION
        ? text.substring(0, Opening.MAX_DESCRIPTION)
        : text;
  }

  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof Integer i) {
      json.add(name, i);
    } else if (value != null) {
      json.add(name, value.toString());
    }
  }

  private static JsonArrayBuilder array(java.util.List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
