package org.talentbruecke.opening.interfaces.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * Where the editor shows each field error. List entries ("mustHaveSkills[2]", "languages[0].code")
 * are reported at their list, which has one message area for all its rows.
 */
final class EditorFields {
  static final Map<String, String> CLIENT_IDS = clientIds();

  private EditorFields() {}

  static ValidationFailure onPage(ValidationFailure failure) {
    List<FieldError> errors =
        failure.errors().stream()
            .map(e -> new FieldError(pageField(e.field()), e.messageKey(), e.arguments()))
            .toList();
    return new ValidationFailure(errors);
  }

  static String pageField(String field) {
    int bracket = field.indexOf('[');
    String base = bracket < 0 ? field : field.substring(0, bracket);
    return switch (base) {
      case "mustHaveSkills" -> "mustHaveGroup";
      case "niceToHaveSkills" -> "niceToHaveGroup";
      case "languages" -> "languagesGroup";
      case "occupation" -> "occupationGroup";
      default -> base;
    };
  }

  private static Map<String, String> clientIds() {
    Map<String, String> ids = new HashMap<>();
    for (String field :
        List.of(
            "title",
            "description",
            "positions",
            "municipality",
            "hours",
            "startDate",
            "durationMonths",
            "payMin",
            "payMax",
            "kind",
            "germanListening",
            "germanReading",
            "germanSpokenInteraction",
            "germanSpokenProduction",
            "germanWriting",
            "occupationGroup",
            "mustHaveGroup",
            "niceToHaveGroup",
            "minExperienceYears",
            "qualification",
            "qualificationEqf",
            "recognition",
            "languagesGroup")) {
      ids.put(field, "editor:" + field);
    }
    return Map.copyOf(ids);
  }
}
