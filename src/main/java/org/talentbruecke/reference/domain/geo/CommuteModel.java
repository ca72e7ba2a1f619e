package org.talentbruecke.reference.domain.geo;

import java.util.Objects;

/**
 * Estimates commuting times between municipalities of Region Hannover with a deliberately simple
 * model.
 *
 * <p>Only municipality centres are known (no street addresses), so the model trades precision for
 * explainability. Its assumptions, all tunable in one place here:
 *
 * <ul>
 *   <li><b>Route distance</b> = 1.3 × great-circle distance, a common detour factor for regional
 *       road and rail networks.
 *   <li><b>Trips inside one municipality</b> use a typical local distance of 4 km instead of zero,
 *       because home and workplace are rarely in the same spot.
 *   <li><b>Car</b>: 5 minutes to reach the car and park, then 50 km/h on average between
 *       municipalities (mix of town streets, Bundesstraßen and the A2/A7/A37/A352 motorways) or 30
 *       km/h within one municipality.
 *   <li><b>Public transport</b>: 15 minutes of fixed overhead for walking to the stop and the
 *       average wait. The S-Bahn Hannover, the Stadtbahn and most regional bus lines form a star
 *       around Hannover Hauptbahnhof, so <i>radial</i> trips (one end is Hannover) run at 45 km/h.
 *       <i>Tangential</i> trips between two other municipalities usually need a change in Hannover
 *       or a slow regional bus: 30 km/h plus 10 minutes for the change. Within one municipality,
 *       buses and the Stadtbahn average 20 km/h.
 * </ul>
 *
 * The model ignores rush-hour congestion, night-time service gaps and the exact rail network; it
 * overestimates trips between neighbouring towns on one S-Bahn line and underestimates trips from
 * villages far from a station. Callers must present results as estimates.
 */
public final class CommuteModel {

  /** AGS of the Landeshauptstadt Hannover, the hub of the S-Bahn network. */
  public static final String HANNOVER_AGS = "03241001";

  static final double ROUTE_FACTOR = 1.3;
  static final double LOCAL_TRIP_KM = 4.0;
  static final double CAR_ACCESS_MINUTES = 5;
  static final double CAR_SPEED_KMH = 50;
  static final double CAR_LOCAL_SPEED_KMH = 30;
  static final double PT_ACCESS_MINUTES = 15;
  static final double PT_RADIAL_SPEED_KMH = 45;
  static final double PT_TANGENTIAL_SPEED_KMH = 30;
  static final double PT_TRANSFER_MINUTES = 10;
  static final double PT_LOCAL_SPEED_KMH = 20;

  private final String hubAgs;

  /** Creates a model whose public-transport hub is the municipality with the given AGS. */
  public CommuteModel(String hubAgs) {
    this.hubAgs = Objects.requireNonNull(hubAgs, "hubAgs");
  }

  /** The model for Region Hannover with Hannover as hub. */
  public static CommuteModel forRegionHannover() {
    return new CommuteModel(HANNOVER_AGS);
  }

  /** Estimates distance and door-to-door minutes by car and by public transport. */
  public CommuteEstimate estimate(Municipality from, Municipality to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    double distance = from.distanceKmTo(to);
    if (from.ags().equals(to.ags())) {
      double route = LOCAL_TRIP_KM * ROUTE_FACTOR;
      return new CommuteEstimate(
          distance,
          minutes(CAR_ACCESS_MINUTES, route, CAR_LOCAL_SPEED_KMH),
          minutes(PT_ACCESS_MINUTES, route, PT_LOCAL_SPEED_KMH));
    }
    double route = distance * ROUTE_FACTOR;
    int car = minutes(CAR_ACCESS_MINUTES, route, CAR_SPEED_KMH);
    boolean radial = hubAgs.equals(from.ags()) || hubAgs.equals(to.ags());
    int publicTransport =
        radial
            ? minutes(PT_ACCESS_MINUTES, route, PT_RADIAL_SPEED_KMH)
            : minutes(PT_ACCESS_MINUTES + PT_TRANSFER_MINUTES, route, PT_TANGENTIAL_SPEED_KMH);
    return new CommuteEstimate(distance, car, publicTransport);
  }

  private static int minutes(double fixedMinutes, double routeKm, double speedKmh) {
    return (int) Math.round(fixedMinutes + routeKm / speedKmh * 60.0);
  }
}
