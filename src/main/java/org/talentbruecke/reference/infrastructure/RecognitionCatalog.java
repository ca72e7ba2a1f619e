package org.talentbruecke.reference.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.reference.domain.recognition.IscoCodes;
import org.talentbruecke.reference.domain.recognition.IscoMapping;
import org.talentbruecke.reference.domain.recognition.ProfessionGroup;
import org.talentbruecke.reference.domain.recognition.ProfessionGroupDirectory;
import org.talentbruecke.reference.domain.recognition.RegulatedProfession;

/**
 * Recognition reference data for Lower Saxony: profession groups, their ISCO-08 mapping and
 * regulated professions.
 */
public final class RecognitionCatalog implements ProfessionGroupDirectory {

  static final String GROUPS = "recognition-profession-groups.csv";
  static final String ISCO_MAP = "recognition-isco-map.csv";
  static final String PROFESSIONS = "regulated-professions.csv";

  private final Map<String, ProfessionGroup> groups;
  private final Map<String, List<IscoMapping>> mappings;
  private final List<RegulatedProfession> professions;

  private RecognitionCatalog(
      Map<String, ProfessionGroup> groups,
      Map<String, List<IscoMapping>> mappings,
      List<RegulatedProfession> professions) {
    this.groups = groups;
    this.mappings = mappings;
    this.professions = professions;
  }

  /** Loads all three files and checks that every reference between them resolves. */
  public static RecognitionCatalog load() {
    Map<String, ProfessionGroup> groups = loadGroups();
    for (String fallback : List.of(ACADEMIC_FALLBACK, VOCATIONAL_FALLBACK)) {
      if (!groups.containsKey(fallback)) {
        throw new ReferenceDataException(GROUPS + ": fallback group missing: " + fallback);
      }
    }
    Map<String, List<IscoMapping>> mappings = loadMappings(groups);
    List<RegulatedProfession> professions = new ArrayList<>();
    CsvTable table = CsvTable.load(PROFESSIONS);
    for (CSVRecord record : table.records()) {
      RegulatedProfession profession = RecognitionCsv.profession(table, record);
      if (!groups.containsKey(profession.groupId())) {
        throw table.error(record, "unknown group " + profession.groupId());
      }
      professions.add(profession);
    }
    return new RecognitionCatalog(groups, mappings, List.copyOf(professions));
  }

  private static Map<String, ProfessionGroup> loadGroups() {
    CsvTable table = CsvTable.load(GROUPS);
    Map<String, ProfessionGroup> groups = new LinkedHashMap<>();
    for (CSVRecord record : table.records()) {
      ProfessionGroup group = RecognitionCsv.group(table, record);
      if (groups.putIfAbsent(group.id(), group) != null) {
        throw table.error(record, "duplicate group " + group.id());
      }
    }
    return groups;
  }

  private static Map<String, List<IscoMapping>> loadMappings(Map<String, ProfessionGroup> groups) {
    CsvTable table = CsvTable.load(ISCO_MAP);
    Map<String, List<IscoMapping>> mappings = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (CSVRecord record : table.records()) {
      IscoMapping mapping = RecognitionCsv.mapping(table, record);
      if (!groups.containsKey(mapping.groupId())) {
        throw table.error(record, "unknown group " + mapping.groupId());
      }
      if (!seen.add(mapping.iscoCode() + "/" + mapping.groupId())) {
        throw table.error(
            record, "duplicate mapping " + mapping.iscoCode() + " -> " + mapping.groupId());
      }
      mappings.computeIfAbsent(mapping.iscoCode(), k -> new ArrayList<>()).add(mapping);
    }
    // FULL before PARTIAL; the sort is stable, so file order decides within one coverage.
    mappings.values().forEach(list -> list.sort(Comparator.comparing(IscoMapping::coverage)));
    mappings.replaceAll((code, list) -> List.copyOf(list));
    return mappings;
  }

  /** All profession groups in file order. */
  public List<ProfessionGroup> groups() {
    return List.copyOf(groups.values());
  }

  @Override
  public Optional<ProfessionGroup> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  @Override
  public List<IscoMapping> mappingsFor(String iscoCode) {
    return mappings.getOrDefault(IscoCodes.requireUnitGroup(iscoCode), List.of());
  }

  /** Every ISCO mapping, ordered by ISCO code. */
  public List<IscoMapping> allMappings() {
    return mappings.values().stream().flatMap(List::stream).toList();
  }

  /** The regulated German reference occupations, for cross-checks and pick lists. */
  public List<RegulatedProfession> regulatedProfessions() {
    return professions;
  }
}
