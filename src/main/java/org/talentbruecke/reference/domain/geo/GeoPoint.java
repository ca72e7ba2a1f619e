package org.talentbruecke.reference.domain.geo;

/**
 * A WGS84 position in decimal degrees, precise enough for municipality-level distances.
 *
 * @param latitude degrees north, -90..90
 * @param longitude degrees east, -180..180
 */
public record GeoPoint(double latitude, double longitude) {

  /**
   * Mean Earth radius (IUGG) in km; the ellipsoid's error is far below our coordinate precision.
   */
  static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude out of range: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude out of range: " + longitude);
    }
  }

  /** Great-circle distance in kilometres (haversine formula, stable for short distances). */
  public double distanceKmTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h =
        Math.pow(Math.sin(dPhi / 2), 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
