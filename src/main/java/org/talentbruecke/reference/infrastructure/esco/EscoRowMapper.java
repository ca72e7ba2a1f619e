package org.talentbruecke.reference.infrastructure.esco;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentbruecke.reference.application.EscoConceptRow;
import org.talentbruecke.reference.application.IssueCollector;
import org.talentbruecke.reference.domain.BroaderRelation;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoUris;
import org.talentbruecke.reference.domain.LocalizedLabels;
import org.talentbruecke.reference.domain.OccupationSkillRelation;
import org.talentbruecke.reference.domain.RelationType;

/**
 * Turns CSV records into validated ESCO records, reporting each bad value with file, line and
 * column.
 */
final class EscoRowMapper {

  private static final Pattern ISCO_CODE = Pattern.compile("\\d{1,4}");

  private final IssueCollector issues;

  EscoRowMapper(IssueCollector issues) {
    this.issues = issues;
  }

  /** The concept in the current record, or null if the record has an error (already reported). */
  EscoConceptRow concept(CsvCursor row, EscoFileName file) {
    ConceptType expected = file.kind().conceptType().orElseThrow();
    String conceptType = row.get("conceptType").trim();
    String uri = uri(row, file, "conceptUri");
    boolean typeOk = expected.escoName().equals(conceptType);
    if (!typeOk) {
      error(
          row,
          file,
          "conceptType is '"
              + conceptType
              + "' but "
              + file.kind().stem()
              + " files may only contain '"
              + expected.escoName()
              + "'");
    }
    String code = row.get("code").trim();
    String iscoGroup = row.get("iscoGroup").trim();
    boolean codesOk =
        iscoCodeOk(
            row,
            file,
            expected == ConceptType.ISCO_GROUP ? "code" : "iscoGroup",
            expected == ConceptType.ISCO_GROUP ? code : iscoGroup,
            expected);
    if (uri == null || !typeOk || !codesOk) {
      return null;
    }
    String preferred = row.get("preferredLabel").trim();
    LocalizedLabels labels = null;
    if (preferred.isEmpty()) {
      issues.warning(
          file.path(),
          row.line(),
          "no preferredLabel for "
              + uri
              + "; no "
              + file.language()
              + " label taken from this row");
    } else {
      labels =
          new LocalizedLabels(
              preferred,
              lines(row.get("altLabels")),
              lines(row.get("hiddenLabels")),
              row.get("description").trim());
    }
    return new EscoConceptRow(
        file.path(),
        row.line(),
        expected,
        uri,
        file.language(),
        labels,
        row.get("skillType").trim(),
        row.get("reuseLevel").trim(),
        code,
        expected == ConceptType.OCCUPATION ? iscoGroup : "",
        row.get("status").trim(),
        row.get("modifiedDate").trim(),
        row.get("regulatedProfessionNote").trim());
  }

  /** The relation in the current record, or null if the record has an error (already reported). */
  OccupationSkillRelation relation(CsvCursor row, EscoFileName file) {
    String occupation = uri(row, file, "occupationUri");
    String skill = uri(row, file, "skillUri");
    String typeText = row.get("relationType");
    Optional<RelationType> type = RelationType.fromEscoName(typeText);
    if (type.isEmpty()) {
      error(
          row,
          file,
          "unknown relationType '" + typeText + "' (expected 'essential' or 'optional')");
    }
    if (occupation == null || skill == null || type.isEmpty()) {
      return null;
    }
    return new OccupationSkillRelation(occupation, skill, type.get(), row.get("skillType").trim());
  }

  /**
   * The hierarchy edge in the current record, or null if the record has an error (already
   * reported).
   */
  BroaderRelation broader(CsvCursor row, EscoFileName file) {
    String narrower = uri(row, file, "conceptUri");
    String wider = uri(row, file, "broaderUri");
    if (narrower == null || wider == null) {
      return null;
    }
    return new BroaderRelation(
        narrower, row.get("conceptType").trim(), wider, row.get("broaderType").trim());
  }

  private String uri(CsvCursor row, EscoFileName file, String column) {
    String value = row.get(column);
    if (!EscoUris.isEscoUri(value)) {
      error(
          row,
          file,
          "malformed URI in column "
              + column
              + ": '"
              + value
              + "' (must be a URI starting with "
              + EscoUris.PREFIX
              + ")");
      return null;
    }
    return value;
  }

  private boolean iscoCodeOk(
      CsvCursor row, EscoFileName file, String column, String value, ConceptType type) {
    if (type != ConceptType.ISCO_GROUP && type != ConceptType.OCCUPATION) {
      return true;
    }
    if (value.isEmpty() && type == ConceptType.OCCUPATION) {
      issues.warning(file.path(), row.line(), "occupation without iscoGroup");
      return true;
    }
    if (!ISCO_CODE.matcher(value).matches()) {
      error(
          row,
          file,
          "column " + column + " must be an ISCO-08 code of 1 to 4 digits, found '" + value + "'");
      return false;
    }
    return true;
  }

  private void error(CsvCursor row, EscoFileName file, String message) {
    issues.error(file.path(), row.line(), message);
  }

  /** ESCO puts one label per line inside the quoted altLabels/hiddenLabels field. */
  static List<String> lines(String value) {
    if (value.isBlank()) {
      return List.of();
    }
    Set<String> labels = new LinkedHashSet<>();
    for (String part : value.split("\n")) {
      String label = part.trim();
      if (!label.isEmpty()) {
        labels.add(label);
      }
    }
    return new ArrayList<>(labels);
  }
}
