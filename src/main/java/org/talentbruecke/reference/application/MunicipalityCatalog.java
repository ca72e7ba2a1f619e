package org.talentbruecke.reference.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.reference.domain.geo.CommuteEstimate;
import org.talentbruecke.reference.domain.geo.CommuteModel;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * The 21 municipalities of Region Hannover (shipped as /reference/municipalities.csv) by their
 * official key (AGS), with lookups and distances: the one list of places for profiles, openings and
 * organisations.
 */
public final class MunicipalityCatalog {

  private final Map<String, Municipality> byAgs;
  private final Map<String, Municipality> byPostcode;
  private final Map<String, Municipality> byName;
  private final CommuteModel commuteModel = CommuteModel.forRegionHannover();

  /**
   * The catalogue of these municipalities in this order; an AGS or a postcode listed twice is an
   * error. Read once at start-up by the reference context and injected.
   */
  public MunicipalityCatalog(List<Municipality> municipalities) {
    Map<String, Municipality> agsKeys = new LinkedHashMap<>();
    Map<String, Municipality> postcodes = new HashMap<>();
    Map<String, Municipality> names = new HashMap<>();
    for (Municipality municipality : municipalities) {
      if (agsKeys.putIfAbsent(municipality.ags(), municipality) != null) {
        throw new IllegalArgumentException("duplicate AGS " + municipality.ags());
      }
      for (String postcode : municipality.postcodes()) {
        if (postcodes.putIfAbsent(postcode, municipality) != null) {
          throw new IllegalArgumentException("postcode listed twice: " + postcode);
        }
      }
      names.put(normalize(municipality.name()), municipality);
    }
    this.byAgs = agsKeys;
    this.byPostcode = Map.copyOf(postcodes);
    this.byName = Map.copyOf(names);
  }

  /** All municipalities in AGS order (Hannover first). */
  public List<Municipality> all() {
    return new ArrayList<>(byAgs.values());
  }

  /** True for the official key of one of the municipalities; false for null. */
  public boolean isKnown(String ags) {
    return ags != null && byAgs.containsKey(ags);
  }

  /** The municipality with this official key. */
  public Optional<Municipality> byAgs(String ags) {
    return Optional.ofNullable(byAgs.get(ags));
  }

  /**
   * The municipality whose delivery area the postcode mainly covers; empty outside Region Hannover.
   */
  public Optional<Municipality> byPostcode(String postcode) {
    return postcode == null
        ? Optional.empty()
        : Optional.ofNullable(byPostcode.get(postcode.strip()));
  }

  /** Looks a municipality up by name, ignoring case, accents and the "(Deister)" style suffix. */
  public Optional<Municipality> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Municipality exact = byName.get(normalize(name));
    if (exact != null) {
      return Optional.of(exact);
    }
    String stripped = normalize(name.replaceAll("\\(.*\\)", ""));
    return byName.entrySet().stream()
        .filter(e -> normalize(e.getValue().name().replaceAll("\\(.*\\)", "")).equals(stripped))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** Great-circle distance in km between the centres of two municipalities given by AGS. */
  public double distanceKm(String fromAgs, String toAgs) {
    return require(fromAgs).distanceKmTo(require(toAgs));
  }

  /** Commuting estimate between two municipalities given by AGS (see {@link CommuteModel}). */
  public CommuteEstimate commute(String fromAgs, String toAgs) {
    return commuteModel.estimate(require(fromAgs), require(toAgs));
  }

  private Municipality require(String ags) {
    return byAgs(ags).orElseThrow(() -> new IllegalArgumentException("unknown AGS " + ags));
  }

  private static String normalize(String name) {
    String decomposed =
        Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
