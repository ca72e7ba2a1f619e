package org.talentbruecke.reference.infrastructure.esco;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.EscoIssue;
import org.talentbruecke.reference.application.EscoValidationException;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.search.LabelSearchIndex;
import org.talentbruecke.reference.domain.search.SearchHit;

/**
 * Arabic and Ukrainian files go through the same reader as German and English ones: merged into the
 * same concepts, validated as strictly, searchable.
 */
class ArabicUkrainianLabelsTest {

  @TempDir Path dir;

  private final EscoDistributionReader reader = new EscoDistributionReader();

  @Test
  void addsArabicAndUkrainianLabelsToTheConceptsOfTheGermanAndEnglishFiles() throws Exception {
    EscoDataSet data = reader.read(EscoFixture.copyWithArabicAndUkrainianTo(dir));
    EscoDataSet withoutThem = reader.read(EscoFixture.original());

    assertThat(data.counts().languages()).containsExactlyInAnyOrder("de", "en", "ar", "uk");
    assertThat(data.counts().concepts())
        .as("no concept of its own")
        .isEqualTo(withoutThem.counts().concepts());
    assertThat(data.counts().preferredLabelsByLanguage())
        .containsEntry("ar", 4)
        .containsEntry("uk", 4)
        .containsEntry("de", 13);
    EscoConcept baker = data.concept(EscoFixture.BAKER).orElseThrow();
    assertThat(baker.labels("ar").orElseThrow().preferredLabel()).isEqualTo("خباز / خبازة");
    assertThat(baker.labels("ar").orElseThrow().description()).startsWith("يصنع الخبّازون");
    assertThat(baker.labels("uk").orElseThrow().preferredLabel()).isEqualTo("пекар/пекарка");
    assertThat(baker.labels("de").orElseThrow().preferredLabel()).isEqualTo("Bäcker/Bäckerin");
    EscoConcept before = withoutThem.concept(EscoFixture.BAKER).orElseThrow();
    assertThat(baker.iscoGroupCode()).isEqualTo(before.iscoGroupCode()).isEqualTo("7512");
    assertThat(baker.code()).isEqualTo(before.code());
    assertThat(data.concept(EscoFixture.SHOW_INITIATIVE).orElseThrow().skillType())
        .as("the labels-only skill rows change no language-neutral value")
        .isEqualTo("skill/competence");
  }

  @Test
  void anExportWithoutArabicAndUkrainianStillReads() throws Exception {
    EscoDataSet data = reader.read(EscoFixture.original());

    assertThat(data.counts().languages()).containsExactlyInAnyOrder("de", "en");
    assertThat(data.concept(EscoFixture.BAKER).orElseThrow().labels()).containsOnlyKeys("de", "en");
  }

  @Test
  void aBrokenArabicRowIsRejectedWithFileAndLine() throws IOException {
    EscoFixture.copyWithArabicAndUkrainianTo(dir);
    Path arabic = dir.resolve("occupations_ar.csv");
    List<String> lines = Files.readAllLines(arabic);
    int row = 0;
    while (!lines.get(row).contains(EscoFixture.BAKER)) {
      row++;
    }
    String broken =
        EscoFixture.read(arabic)
            .replace(EscoFixture.BAKER, "http://example.org/occupation/1aadb308");
    EscoFixture.write(arabic, broken, UTF_8);
    long line = row + 1;

    EscoValidationException rejected =
        catchThrowableOfType(EscoValidationException.class, () -> reader.read(dir));

    assertThat(rejected).as("nothing is handed out for writing").isNotNull();
    assertThat(rejected.errors())
        .singleElement()
        .satisfies(
            (EscoIssue e) -> {
              assertThat(e.file()).isEqualTo("occupations_ar.csv");
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.message()).contains("malformed URI in column conceptUri");
            });
  }

  @Test
  void ukrainianFileWithoutLanguageNeutralColumnsStillNeedsTheRequiredOnes() throws IOException {
    EscoFixture.copyWithArabicAndUkrainianTo(dir);
    Path ukrainian = dir.resolve("occupations_uk.csv");
    String text = EscoFixture.read(ukrainian);
    EscoFixture.write(
        ukrainian,
        text.replaceFirst("conceptType,conceptUri,iscoGroup,", "conceptType,conceptUri,isco,"),
        UTF_8);

    EscoValidationException rejected =
        catchThrowableOfType(EscoValidationException.class, () -> reader.read(dir));

    assertThat(rejected.errors())
        .anySatisfy(
            e -> {
              assertThat(e.file()).isEqualTo("occupations_uk.csv");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.message()).contains("missing required column(s) [iscoGroup]");
            });
  }

  @Test
  void searchFindsArabicAndUkrainianWordsAndShowsTheRequestedLanguage() throws Exception {
    LabelSearchIndex index =
        LabelSearchIndex.build(
            reader.read(EscoFixture.copyWithArabicAndUkrainianTo(dir)).concepts());

    SearchHit withShadda = index.search("خبّاز", "ar", 5).get(0);
    assertThat(withShadda.uri()).isEqualTo(EscoFixture.BAKER);
    assertThat(withShadda.label()).isEqualTo(new LocalizedLabel("خباز / خبازة", "ar"));
    assertThat(withShadda.fallback()).isFalse();

    assertThat(index.search("ممرضه متخصصه", "ar", 5))
        .extracting(SearchHit::uri)
        .containsExactly(EscoFixture.SPECIALIST_NURSE);
    assertThat(index.search("السنوات الأولى", "ar", 5))
        .as("ESCO writes الأولي with a dotted yaa; the query with alef maqsura still finds it")
        .extracting(SearchHit::uri)
        .containsExactly(EscoFixture.KINDERGARTEN_HELPER);

    SearchHit baker = index.search("ПЕКАР", "uk", 5).get(0);
    assertThat(baker.uri()).isEqualTo(EscoFixture.BAKER);
    assertThat(baker.label()).isEqualTo(new LocalizedLabel("пекар/пекарка", "uk"));

    SearchHit germanWordUkrainianLabel = index.search("Bäcker", "uk", 1).get(0);
    assertThat(germanWordUkrainianLabel.label()).isEqualTo(baker.label());

    SearchHit nurseForArabic = index.search("Gesundheits- und Krankenpfleger", "ar", 5).get(0);
    assertThat(nurseForArabic.uri()).isEqualTo(EscoFixture.NURSE);
    assertThat(nurseForArabic.label().language())
        .as("the assistant nurse has no Arabic row here: German is shown, marked as German")
        .isEqualTo("de");
    assertThat(nurseForArabic.fallback()).isTrue();
  }
}
