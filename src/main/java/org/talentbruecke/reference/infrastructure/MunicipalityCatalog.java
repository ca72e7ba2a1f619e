package org.talentbruecke.reference.infrastructure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.geo.CommuteEstimate;
import org.talentbruecke.reference.domain.geo.CommuteModel;
import org.talentbruecke.reference.domain.geo.GeoPoint;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * The 21 municipalities of Region Hannover from /reference/municipalities.csv, with lookups and
 * distances.
 */
public final class MunicipalityCatalog {

  static final String FILE = "municipalities.csv";

  private final Map<String, Municipality> byAgs;
  private final Map<String, Municipality> byPostcode;
  private final Map<String, Municipality> byName;
  private final CommuteModel commuteModel = CommuteModel.forRegionHannover();

  private MunicipalityCatalog(
      Map<String, Municipality> byAgs,
      Map<String, Municipality> byPostcode,
      Map<String, Municipality> byName) {
    this.byAgs = byAgs;
    this.byPostcode = byPostcode;
    this.byName = byName;
  }

  /** Loads and validates the data; a postcode listed for two municipalities is an error. */
  public static MunicipalityCatalog load() {
    CsvTable table = CsvTable.load(FILE);
    Map<String, Municipality> byAgs = new LinkedHashMap<>();
    Map<String, Municipality> byPostcode = new HashMap<>();
    Map<String, Municipality> byName = new HashMap<>();
    for (CSVRecord record : table.records()) {
      Municipality municipality = parse(table, record);
      if (byAgs.putIfAbsent(municipality.ags(), municipality) != null) {
        throw table.error(record, "duplicate AGS " + municipality.ags());
      }
      for (String postcode : municipality.postcodes()) {
        if (byPostcode.putIfAbsent(postcode, municipality) != null) {
          throw table.error(record, "postcode listed twice: " + postcode);
        }
      }
      byName.put(normalize(municipality.name()), municipality);
    }
    return new MunicipalityCatalog(byAgs, Map.copyOf(byPostcode), Map.copyOf(byName));
  }

  private static Municipality parse(CsvTable table, CSVRecord record) {
    try {
      GeoPoint centre =
          new GeoPoint(
              Double.parseDouble(table.text(record, "latitude")),
              Double.parseDouble(table.text(record, "longitude")));
      return new Municipality(
          table.text(record, "ags"),
          table.text(record, "name"),
          table.list(record, "postcodes", "\\s+"),
          centre);
    } catch (IllegalArgumentException e) {
      throw table.error(record, e.getMessage());
    }
  }

  /** All municipalities in AGS order (Hannover first). */
  public List<Municipality> all() {
    return new ArrayList<>(byAgs.values());
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
