package org.talentbruecke.profile.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileOverviewPageTest {

  @Test
  void arabicUkrainianAndTurkishInterfacesOfferTheCvBesideGerman() {
    assertThat(ProfileOverviewPage.bilingualCvLanguage("ar")).isEqualTo("ar");
    assertThat(ProfileOverviewPage.bilingualCvLanguage("uk")).isEqualTo("uk");
    assertThat(ProfileOverviewPage.bilingualCvLanguage("tr")).isEqualTo("tr");
  }

  @Test
  void germanAndEnglishInterfacesOfferTheGermanCv() {
    assertThat(ProfileOverviewPage.bilingualCvLanguage("de")).isNull();
    assertThat(ProfileOverviewPage.bilingualCvLanguage("en")).isNull();
  }
}
