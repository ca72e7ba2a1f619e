package org.talentbruecke.reference.infrastructure.esco;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentbruecke.reference.application.EscoIssue;
import org.talentbruecke.reference.application.EscoValidationException;

/** Broken copies of the fixture must be rejected with file, line and problem, and yield no data. */
class EscoValidationTest {

  @TempDir Path dir;

  private final EscoDistributionReader reader = new EscoDistributionReader();

  @BeforeEach
  void copyFixture() throws IOException {
    EscoFixture.copyTo(dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"essential,skill/competence,", "\"essential\"x,skill/competence,"})
  void brokenQuotingNamesFileAndLineOfTheRecord(String broken) throws IOException {
    replaceOnLine("occupationSkillRelations.csv", 3, ",essential,skill/competence,", "," + broken);

    assertThat(errorsOf(dir))
        .anySatisfy(
            e -> {
              assertThat(e.file()).isEqualTo("occupationSkillRelations.csv");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.message()).contains("broken CSV quoting");
            });
  }

  @Test
  void latin1FileIsRejectedAtTheLineOfTheFirstUmlaut() throws IOException {
    Path file = dir.resolve("occupations_de.csv");
    String text = EscoFixture.read(file);
    EscoFixture.write(file, text, ISO_8859_1);
    long expectedLine = firstLineWithNonAscii(text);

    assertThat(errorsOf(dir))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file()).isEqualTo("occupations_de.csv");
              assertThat(e.line()).isEqualTo(expectedLine);
              assertThat(e.message()).contains("not valid UTF-8");
            });
  }

  @Test
  void missingRequiredColumnIsReportedOnTheHeaderLine() throws IOException {
    replaceOnLine("ISCOGroups_de.csv", 1, "preferredLabel", "prefLabel");

    assertThat(errorsOf(dir))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file()).isEqualTo("ISCOGroups_de.csv");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.message()).contains("missing required column", "preferredLabel");
            });
  }

  @Test
  void malformedUriAndUnknownRelationTypeAreReportedPerLine() throws IOException {
    replaceOnLine(
        "occupationSkillRelations.csv",
        2,
        "http://data.europa.eu/esco/skill/",
        "https://example.org/");
    replaceOnLine("occupationSkillRelations.csv", 4, ",essential,", ",mandatory,");

    List<EscoIssue> errors = errorsOf(dir);

    assertThat(errors)
        .extracting(EscoIssue::toString)
        .containsExactly(
            "occupationSkillRelations.csv line 2: malformed URI in column skillUri: 'https://example.org/"
                + "3782a625-52c2-46c7-b585-35ba4ddc4a1d' (must be a URI starting with http://data.europa.eu/esco/)",
            "occupationSkillRelations.csv line 4: unknown relationType 'mandatory' (expected 'essential' or"
                + " 'optional')");
  }

  @Test
  void wrongFieldCountAndWrongConceptTypeAreErrors() throws IOException {
    replaceOnLine("broaderRelationsOccPillar_en.csv", 3, "C7512", "C7512,extra");
    replaceOnLine("skills_de.csv", 2, "KnowledgeSkillCompetence", "Occupation");

    assertThat(errorsOf(dir))
        .extracting(EscoIssue::file, EscoIssue::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("broaderRelationsOccPillar_en.csv", 3L),
            org.assertj.core.groups.Tuple.tuple("skills_de.csv", 2L));
  }

  @Test
  void iscoCodeMustBeDigits() throws IOException {
    replaceOnLine("occupations_de.csv", 2, ",2221,", ",C2221,");

    assertThat(errorsOf(dir))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("iscoGroup", "'C2221'"));
  }

  @Test
  void allErrorsOfAllFilesAreReportedTogetherAndNoDataIsReturned() throws IOException {
    replaceOnLine("ISCOGroups_de.csv", 1, "conceptUri", "uri");
    replaceOnLine("occupationSkillRelations.csv", 4, ",essential,", ",mandatory,");
    EscoFixture.write(
        dir.resolve("skills_de.csv"), EscoFixture.read(dir.resolve("skills_de.csv")), ISO_8859_1);

    EscoValidationException failure =
        catchThrowableOfType(EscoValidationException.class, () -> reader.read(dir));

    assertThat(failure.errors())
        .extracting(EscoIssue::file)
        .containsExactlyInAnyOrder(
            "ISCOGroups_de.csv", "occupationSkillRelations.csv", "skills_de.csv");
    assertThat(failure.totalErrors()).isEqualTo(3);
    assertThat(failure.getMessage()).contains("3 error(s)", "skills_de.csv line");
  }

  @Test
  void emptyFileAndCorruptGzipAreErrors() throws IOException {
    Files.writeString(dir.resolve("skills_en.csv"), "");
    Files.delete(dir.resolve("skills_de.csv"));
    Files.write(dir.resolve("skills_de.csv.gz"), "not gzip".getBytes(UTF_8));

    assertThat(errorsOf(dir))
        .extracting(EscoIssue::toString)
        .containsExactlyInAnyOrder(
            "skills_en.csv line 1: the file is empty; a header line with column names is required",
            "skills_de.csv.gz: cannot read the file: java.util.zip.ZipException: Not in GZIP format");
  }

  @Test
  void ambiguousOrUnnamedFilesAreErrors() throws IOException {
    Files.createDirectory(dir.resolve("more"));
    Files.copy(dir.resolve("skills_en.csv"), dir.resolve("more/skills_en.csv"));
    Files.move(dir.resolve("skills_de.csv"), dir.resolve("skills.csv"));

    assertThat(errorsOf(dir))
        .extracting(EscoIssue::file)
        .containsExactlyInAnyOrder("skills.csv", "skills_en.csv");
  }

  @Test
  void folderWithoutEscoFilesIsAnError(@TempDir Path empty) throws IOException {
    Files.writeString(empty.resolve("notes.txt"), "nothing here");

    assertThat(errorsOf(empty))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("no ESCO CSV files found"));
  }

  @Test
  void missingPathIsAnIoProblemNotAValidationResult() {
    assertThatThrownBy(() -> reader.read(dir.resolve("does-not-exist")))
        .isInstanceOf(IOException.class);
  }

  private List<EscoIssue> errorsOf(Path source) {
    return catchThrowableOfType(EscoValidationException.class, () -> reader.read(source)).errors();
  }

  /** Edits one physical line of a fixture file, so a test can say exactly which line it broke. */
  private void replaceOnLine(String fileName, int lineNumber, String from, String to)
      throws IOException {
    Path file = dir.resolve(fileName);
    String[] lines = EscoFixture.read(file).split("\n", -1);
    assertThat(lines[lineNumber - 1])
        .as("fixture line %d of %s", lineNumber, fileName)
        .contains(from);
    lines[lineNumber - 1] =
        lines[lineNumber - 1].replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    EscoFixture.write(file, String.join("\n", lines), UTF_8);
  }

  private static long firstLineWithNonAscii(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].chars().anyMatch(c -> c > 0x7F)) {
        return i + 1;
      }
    }
    throw new IllegalStateException("fixture has no umlaut");
  }
}
