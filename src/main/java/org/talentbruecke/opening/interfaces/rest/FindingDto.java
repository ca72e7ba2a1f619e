package org.talentbruecke.opening.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.talentbruecke.opening.domain.adcheck.Finding;

/**
 * One fair job-ad finding as the API shows it; {@code start}/{@code end} index into {@code field}.
 */
public record FindingDto(
    String ruleId,
    String category,
    String severity,
    String phrase,
    String field,
    int start,
    int end,
    String reason,
    String suggestion) {

  static FindingDto of(Finding f) {
    return new FindingDto(
        f.ruleId(),
        f.category().name(),
        f.severity().name(),
        f.phrase(),
        f.field().name().toLowerCase(java.util.Locale.ROOT),
        f.start(),
        f.end(),
        f.reason(),
        f.suggestion());
  }

  /**
   * The same findings as a JSON array, for problem documents (which are built by hand, not bound).
   */
  static JsonArrayBuilder toJson(List<Finding> findings) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (FindingDto f : findings.stream().map(FindingDto::of).toList()) {
      array.add(
          Json.createObjectBuilder()
              .add("ruleId", f.ruleId())
              .add("category", f.category())
              .add("severity", f.severity())
              .add("phrase", f.phrase())
              .add("field", f.field())
              .add("start", f.start())
              .add("end", f.end())
              .add("reason", f.reason())
              .add("suggestion", f.suggestion()));
    }
    return array;
  }
}
