package org.talentbruecke.reference.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  @Test
  void distanceToItselfIsZero() {
    GeoPoint p = new GeoPoint(52.37, 9.74);
    assertThat(p.distanceKmTo(p)).isZero();
  }

  @Test
  void oneDegreeOfLatitudeIsAbout111Km() {
    GeoPoint a = new GeoPoint(52.0, 9.7);
    GeoPoint b = new GeoPoint(53.0, 9.7);
    assertThat(a.distanceKmTo(b)).isCloseTo(111.2, within(0.2));
  }

  @Test
  void distanceIsSymmetric() {
    GeoPoint a = new GeoPoint(52.3744, 9.7386);
    GeoPoint b = new GeoPoint(52.4458, 10.0072);
    assertThat(a.distanceKmTo(b)).isEqualTo(b.distanceKmTo(a));
  }

  @Test
  void rejectsCoordinatesOutOfRange() {
    assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(0, 181)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
