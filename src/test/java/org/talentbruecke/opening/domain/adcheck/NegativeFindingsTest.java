package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fair, real-world wording that the check must leave alone. */
class NegativeFindingsTest {

  @ParameterizedTest(name = "[{0}] {1} | {2}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      textBlock =
          """
            de | Pflegefachkraft (m/w/d)           | Deutschkenntnisse auf Niveau B2
            de | Verkäufer (m/w/d)                 | Team mit Erfahrung
            de | Verkäufer*in                      | deutsche Sprachkenntnisse B1
            de | Erzieher:in in Teilzeit           | Deutsch auf Niveau B2 (Sprechen), B1 (Schreiben)
            de | Altenpfleger/-in                  | Wir bieten Sprachkurse für Nicht-Muttersprachler.
            de | Kaufmann/-frau für Büromanagement | Sehr gute Deutschkenntnisse (mind. B2) und Englisch B1.
            de | Koch (w/m/d)                      | Gute Deutschkenntnisse (B1) reichen aus, wir unterstützen Sie mit einem Berufssprachkurs.
            de | Pflegefachkraft                   | Sie sind körperlich belastbar und arbeiten gern im Schichtdienst.
            de | Fachkraft für Lagerlogistik       | Sie haben 3-5 Jahre Berufserfahrung und zwischen 2 und 5 Jahren Erfahrung im Lager.
            de | Reinigungskraft (gn)              | 30 Tage Urlaub, bis zu 30 % Homeoffice, max. 40 km Anfahrt.
            de | Teamleitung Vertrieb              | Wir sind ein junges Unternehmen und suchen erfahrene Verstärkung.
            de | Sachbearbeitung Einkauf           | Wir begrüßen Menschen mit und ohne Behinderung.
            de | Lagerhelfer (m/w/d)               | Wir begrüßen alle Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Identität.
            de | Servicekraft (m/w/d)              | Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt.
            de | Bürokraft (m/w/d)                 | Bewerbungen von Frauen sind ausdrücklich erwünscht.
            de | Pförtner (m/w/d)                  | Gültiger Lichtbildausweis erforderlich. Arbeitserlaubnis für Deutschland erforderlich.
            de | Content Creator (m/w/d)           | Sie erstellen Fotos und Videos für unsere Social-Media-Kanäle.
            de | Fahrer (m/w/d)                    | Mindestalter 18 Jahre, Führerschein Klasse C1.
            de | Servicekraft (m/w/d)              | Sie beraten unsere Kunden in ihrer Muttersprache, Deutsch auf Niveau B1.
            de | Erzieher (m/w/d)                  | Wir bieten gesundes Mittagessen und ein betriebliches Gesundheitsmanagement.
            de | Sachbearbeiter (m/w/d)            | Lediglich die Erledigung der Post gehört zu Ihren Aufgaben.
            en | Software Developer (m/f/d)        | German B1 or higher, English C1.
            en | Warehouse Operative (all genders) | We are a young company with an experienced team.
            en | Nurse (m/f/d)                     | Non-native speakers are welcome, we pay for job-related German courses.
            en | Cook (m/f/d)                      | People with and without disabilities are welcome. Good health insurance included.
            en | Data Analyst (m/f/d)              | 3-5 years of experience; between 20 and 30 years of experience is fine too.
            """)
  void flagsNothing(String lang, String title, String description) {
    assertThat(AdCheck.standard().check(new AdText(title, description, lang))).isEmpty();
  }
}
