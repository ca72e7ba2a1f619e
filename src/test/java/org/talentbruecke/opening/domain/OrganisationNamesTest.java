package org.talentbruecke.opening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

  @Test
  void legalFormSuffixesDoNotMakeANameDifferent() {
    assertThat(
            OrganisationNames.lookAlike(
                "Pflegezentrum Am Maschsee GmbH", "Pflegezentrum am Maschsee"))
        .isTrue();
    assertThat(
            OrganisationNames.lookAlike(
                "Bäckerei Lindner e. K.", "Bäckerei Lindner UG (haftungsbeschränkt)"))
        .isTrue();
    assertThat(OrganisationNames.lookAlike("Müller GmbH & Co. KG", "Müller AG")).isTrue();
    assertThat(OrganisationNames.key("Sportverein Linden e.V.")).isEqualTo("sportvereinlinden");
  }

  @Test
  void caseAccentsAndInvisibleCharactersAreIgnored() {
    assertThat(OrganisationNames.lookAlike("Bäckerei Müller", "BACKEREI MULLER")).isTrue();
    assertThat(OrganisationNames.lookAlike("Bäckerei Müller", "Bäcke\u200Brei Mü\u202Eller"))
        .isTrue();
    assertThat(OrganisationNames.lookAlike("Straßenbau Nord", "Strassenbau Nord")).isTrue();
  }

  @Test
  void cyrillicAndGreekLookAlikeLettersAreCaught() {
    // "Раtеnt Sеrvice" with Cyrillic Р, а, е; "Οmega" with a Greek Ο; zero for o.
    assertThat(
            OrganisationNames.lookAlike(
                "Patent Service GmbH", "\u0420\u0430t\u0435nt S\u0435rvice GmbH"))
        .isTrue();
    assertThat(OrganisationNames.lookAlike("Omega Logistik", "\u039Fmega Logistik")).isTrue();
    assertThat(OrganisationNames.lookAlike("Holzbau Koch", "H0lzbau Koch")).isTrue();
  }

  @Test
  void oneOrTwoTypedLettersApartLookAlike() {
    assertThat(
            OrganisationNames.lookAlike("Pflegezentrum Am Maschsee", "Pflegezentrum Am Masch-See"))
        .isTrue();
    assertThat(OrganisationNames.lookAlike("Pflegezentrum Am Maschsee", "Pflegezentrun Am Maschse"))
        .isTrue();
    assertThat(OrganisationNames.lookAlike("Autohaus Wenz", "Autohaus Wentz")).isTrue();
  }

  @Test
  void differentNamesDoNotLookAlike() {
    assertThat(OrganisationNames.lookAlike("Pflegezentrum Am Maschsee", "Gärtnerei Wunstorf"))
        .isFalse();
    assertThat(OrganisationNames.lookAlike("Autohaus Wenz", "Autohaus Berger")).isFalse();
    // Short names need to be equal: one letter is a big difference in three.
    assertThat(OrganisationNames.lookAlike("ABC GmbH", "ABD GmbH")).isFalse();
    assertThat(OrganisationNames.lookAlike("Bäckerei am Lindener Markt", "Bäckerei am Steintor"))
        .isFalse();
    assertThat(OrganisationNames.lookAlike("GmbH", "")).isFalse();
  }

  @Test
  void distanceStopsAtTheLimit() {
    assertThat(OrganisationNames.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(OrganisationNames.distance("kitten", "sitting", 1)).isEqualTo(2);
    assertThat(OrganisationNames.distance("same", "same", 0)).isZero();
  }
}
