package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenderMarkerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Verkäufer (m/w/d)",
        "Verkäufer (w/m/d)",
        "Verkäufer (m/w/x)",
        "Verkäufer (d/m/w)",
        "Verkäufer (gn)",
        "Verkäufer (gn*)",
        "Developer (all genders)",
        "Developer (m/f/d)",
        "Lagerhelfer m/w/d",
        "Koch (w | m | d)",
        "Koch (m, w, d)",
        "Koch (m/w/div.)",
        "Koch (w/m/divers)",
        "Mitarbeiter Lager (mwd)",
        "Verkäufer*in",
        "Verkäufer:in",
        "Verkäufer_in",
        "Verkäufer/-in",
        "Verkäufer/in",
        "Verkäufer*innen",
        "Kaufmann/-frau",
        "Pflegekraft (alle Geschlechter)"
      })
  void recognisesMarkers(String title) {
    assertThat(GenderMarker.isPresentIn(title)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Verkäufer (m/w)",
        "Verkäuferin",
        "Lagerarbeiter",
        "Lager/Innendienst",
        "Versand km/h",
        "Verkäufer (w/m)",
        "Techniker (m)",
        ""
      })
  void rejectsBinaryOrMissingMarkers(String title) {
    assertThat(GenderMarker.isPresentIn(title)).isFalse();
  }
}
