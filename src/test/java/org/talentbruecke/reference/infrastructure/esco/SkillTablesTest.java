package org.talentbruecke.reference.infrastructure.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which source row each shipped skill row comes from. */
class SkillTablesTest {

  private static final String A = "http://data.europa.eu/esco/skill/aaaa";
  private static final String B = "http://data.europa.eu/esco/skill/bbbb";
  private static final String C = "http://data.europa.eu/esco/skill/cccc";

  @Test
  void germanRowComesFromTheOfficialCollectionWhereThereIsOneElseFromTheLabelSource()
      throws IOException {
    SkillTables tables = tables();

    OutputTable german = tables.german();

    assertThat(german.rows()).hasSize(3);
    assertThat(value(german, A, "preferredLabel")).isEqualTo("Teig kneten (offiziell)");
    assertThat(value(german, A, "altLabels")).isEqualTo("kneten\nTeig bearbeiten");
    assertThat(value(german, A, "skillType")).isEqualTo("skill/competence");
    assertThat(value(german, A, "description")).isEqualTo("Teig von Hand kneten.");
    assertThat(value(german, B, "preferredLabel")).isEqualTo("Brot backen");
    assertThat(value(german, B, "skillType"))
        .as("the label source has no skill type; none is guessed")
        .isEmpty();
    assertThat(value(german, C, "preferredLabel")).isEqualTo("Ofen bedienen");
  }

  @Test
  void englishRowsAreV111PlusCollectionRowsOnlyForSkillsV111Lacks() throws IOException {
    OutputTable english = tables().english();

    assertThat(english.rows()).extracting(r -> r[1]).containsExactly(A, C);
    assertThat(value(english, A, "preferredLabel")).isEqualTo("knead dough");
    assertThat(value(english, C, "preferredLabel")).isEqualTo("operate oven");
    assertThat(english.columns())
        .doesNotContain("inScheme", "definition")
        .contains("hiddenLabels", "scopeNote");
    assertThat(english.escoVersion()).isEqualTo("1.1.1 (1 rows) + 1.2.0 (1 rows)");
  }

  private static SkillTables tables() throws IOException {
    SourceTable english111 =
        table(
            "skills_en.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,"
                + "modifiedDate,scopeNote,definition,inScheme,description\r\n"
                + "KnowledgeSkillCompetence,"
                + A
                + ",skill/competence,sector-specific,knead dough,"
                + "\"knead\nwork dough\",,released,2016-01-01T00:00:00Z,,,x,Knead dough by hand.\r\n");
    SourceTable germanLabels =
        table(
            "labels.csv",
            "conceptUri,conceptType,preferredLabel_de,altLabels_de,broaderUri,skohubId,sourcePath\r\n"
                + A
                + ",KnowledgeSkillCompetence,Teig kneten,,,,\r\n"
                + B
                + ",KnowledgeSkillCompetence,Brot backen,,,,\r\n"
                + C
                + ",KnowledgeSkillCompetence,Ofen bedienen,,,,\r\n"
                + "http://data.europa.eu/esco/isced-f/00,SkillGroup,Gruppe,,,,\r\n");
    String collectionHeader =
        "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,"
            + "description,broaderConceptUri,broaderConceptPT\r\n";
    SourceTable englishCollection =
        table(
            "greenSkillsCollection_en.csv",
            collectionHeader
                + "KnowledgeSkillCompetence,"
                + C
                + ",operate oven,released,skill/competence,sector-specific,"
                + "run oven | use oven,Operate an oven.,,\r\n");
    SourceTable germanCollection =
        table(
            "greenSkillsCollection_de.csv",
            collectionHeader
                + "KnowledgeSkillCompetence,"
                + A
                + ",Teig kneten (offiziell),released,skill/competence,"
                + "sector-specific,kneten | Teig bearbeiten,Teig von Hand kneten.,,\r\n");
    return new SkillTables(
        english111, germanLabels, List.of(englishCollection), List.of(germanCollection));
  }

  private static SourceTable table(String name, String csv) throws IOException {
    return SourceTable.read(name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static String value(OutputTable table, String uri, String column) {
    int uriColumn = table.columns().indexOf("conceptUri");
    int wanted = table.columns().indexOf(column);
    return table.rows().stream()
        .filter(r -> r[uriColumn].equals(uri))
        .findFirst()
        .orElseThrow()[wanted];
  }
}
