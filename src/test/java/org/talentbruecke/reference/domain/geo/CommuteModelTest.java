package org.talentbruecke.reference.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommuteModelTest {

  private final Municipality hannover = town(CommuteModel.HANNOVER_AGS, 52.3744, 9.7386);
  private final Municipality east = town("03241003", 52.4458, 10.0072);
  private final Municipality eastNeighbour = town("03241011", 52.3733, 9.9772);
  private final CommuteModel model = CommuteModel.forRegionHannover();

  private static Municipality town(String ags, double lat, double lon) {
    return new Municipality(ags, "Town " + ags, List.of("30000"), new GeoPoint(lat, lon));
  }

  @Test
  void carIsFasterThanPublicTransportForRadialTrips() {
    CommuteEstimate estimate = model.estimate(east, hannover);
    assertThat(estimate.carMinutes()).isLessThan(estimate.publicTransportMinutes());
    assertThat(estimate.carMinutes()).isBetween(25, 50);
    assertThat(estimate.publicTransportMinutes()).isBetween(35, 70);
  }

  @Test
  void estimateIsSymmetric() {
    assertThat(model.estimate(east, hannover)).isEqualTo(model.estimate(hannover, east));
  }

  @Test
  void tangentialTripsPayTheTransferPenalty() {
    CommuteEstimate tangential = model.estimate(east, eastNeighbour);
    double route = tangential.distanceKm() * CommuteModel.ROUTE_FACTOR;
    double radialMinutes =
        CommuteModel.PT_ACCESS_MINUTES + route / CommuteModel.PT_RADIAL_SPEED_KMH * 60;
    assertThat(tangential.publicTransportMinutes()).isGreaterThan((int) Math.round(radialMinutes));
  }

  @Test
  void tripsInsideOneMunicipalityUseTheLocalDistance() {
    CommuteEstimate local = model.estimate(hannover, hannover);
    assertThat(local.distanceKm()).isZero();
    assertThat(local.carMinutes()).isGreaterThan(0);
    assertThat(local.publicTransportMinutes()).isGreaterThan(local.carMinutes());
  }

  @Test
  void longerTripsTakeLonger() {
    CommuteEstimate near = model.estimate(hannover, eastNeighbour);
    CommuteEstimate far = model.estimate(hannover, east);
    assertThat(far.distanceKm()).isGreaterThan(near.distanceKm());
    assertThat(far.carMinutes()).isGreaterThanOrEqualTo(near.carMinutes());
  }
}
