package org.talentbruecke.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.talentbruecke.profile.application.ProfileData;

/**
 * The qualification of a generated job seeker: its type and EQF level by occupation group, and a
 * recognition procedure in the given state at the body a person in Lower Saxony would apply to.
 */
final class DemoQualifications {
  private DemoQualifications() {}

  static ProfileData.QualificationEntry qualification(
      SplittableRandom random,
      DemoOccupation occupation,
      Origin origin,
      String state,
      int years,
      LocalDate today) {
    char major =
        occupation.iscoCode() == null || occupation.iscoCode().isEmpty()
            ? '9'
            : occupation.iscoCode().charAt(0);
    String type = major <= '2' ? "ACADEMIC" : major <= '8' ? "VOCATIONAL" : "SCHOOL";
    int eqf =
        switch (type) {
          case "ACADEMIC" -> 6 + random.nextInt(2);
          case "VOCATIONAL" -> 3 + random.nextInt(2);
          default -> 2 + random.nextInt(2);
        };
    String title =
        switch (type) {
          case "ACADEMIC" -> (eqf == 7 ? "Master: " : "Bachelor: ") + occupation.germanLabel();
          case "VOCATIONAL" -> "Berufsausbildung: " + occupation.germanLabel();
          default -> "Allgemeiner Schulabschluss";
        };
    int year = today.getYear() - years - 1 - random.nextInt(12);
    LocalDate applied = today.minusDays(60 + random.nextInt(700));
    String body = body(occupation.iscoCode(), type);
    String reference = "SCHOOL".equals(type) ? null : occupation.uri();
    ProfileData.RecognitionEntry recognition =
        switch (state) {
          case "NOT_STARTED" ->
              new ProfileData.RecognitionEntry("NOT_STARTED", null, null, null, null, null, null);
          case "APPLIED" ->
              new ProfileData.RecognitionEntry(
                  "APPLIED", applied.toString(), body, null, null, null, reference);
          case "PARTIAL_EQUIVALENCE" -> {
            boolean measure = random.nextInt(4) > 0;
            yield new ProfileData.RecognitionEntry(
                "PARTIAL_EQUIVALENCE",
                applied.toString(),
                body,
                List.of(
                        "Praktische Berufserfahrung in Deutschland fehlt.",
                        "Teile der Ausbildung sind kürzer als in Deutschland.",
                        "Kenntnisse im deutschen Recht des Berufs fehlen.")
                    .get(random.nextInt(3)),
                measure
                    ? (random.nextBoolean() ? "ADAPTATION_PERIOD" : "APTITUDE_OR_KNOWLEDGE_EXAM")
                    : null,
                measure ? List.of("PLANNED", "IN_PROGRESS", "FAILED").get(random.nextInt(3)) : null,
                reference);
          }
          default ->
              new ProfileData.RecognitionEntry(
                  state, applied.toString(), body, null, null, null, reference);
        };
    String anabin =
        "ACADEMIC".equals(type)
            ? List.of("H_PLUS", "H_PLUS", "H_PLUS", "H_PLUS_MINUS").get(random.nextInt(4))
            : null;
    return new ProfileData.QualificationEntry(
        type, title, origin.country(), null, year, eqf, recognition, anabin);
  }

  /** The body a person in Lower Saxony would apply to, by occupation group. */
  private static String body(String isco, String type) {
    String code = isco == null ? "" : isco;
    if (code.startsWith("22") || code.startsWith("32") || code.startsWith("53")) {
      return "Niedersächsisches Landesamt für Soziales, Jugend und Familie";
    }
    if (code.startsWith("23")) {
      return "Regionales Landesamt für Schule und Bildung Lüneburg";
    }
    if (code.startsWith("214")) {
      return "Ingenieurkammer Niedersachsen";
    }
    if (code.startsWith("7")) {
      return "Handwerkskammer Hannover";
    }
    return "ACADEMIC".equals(type)
        ? "Zentralstelle für ausländisches Bildungswesen (ZAB)"
        : "IHK Hannover, Anerkennungsstelle";
  }
}
