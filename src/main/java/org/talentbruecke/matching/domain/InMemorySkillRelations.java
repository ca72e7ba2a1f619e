package org.talentbruecke.matching.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Skill relations held in maps, built through {@link #broader(String, String)} and friends so the
 * contract of {@link SkillRelations} (inverse hierarchy, symmetric relation) always holds. Not
 * thread-safe while being built; read-only use afterwards is safe.
 */
public final class InMemorySkillRelations implements SkillRelations {
  private final Map<String, Set<String>> broader = new HashMap<>();
  private final Map<String, Set<String>> narrower = new HashMap<>();
  private final Map<String, Set<String>> related = new HashMap<>();
  private final Map<String, Set<String>> essential = new HashMap<>();

  /** Records that {@code general} is a direct broader concept of {@code specific}. */
  public InMemorySkillRelations broader(String specific, String general) {
    add(broader, specific, general);
    add(narrower, general, specific);
    return this;
  }

  /** Records that the two skills are related (both ways). */
  public InMemorySkillRelations related(String one, String other) {
    add(related, one, other);
    add(related, other, one);
    return this;
  }

  /** Records essential skills of an occupation. */
  public InMemorySkillRelations essential(String occupationUri, String... skillUris) {
    for (String skill : skillUris) {
      add(essential, occupationUri, skill);
    }
    return this;
  }

  private static void add(Map<String, Set<String>> map, String key, String value) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
  }

  @Override
  public Set<String> broader(String skillUri) {
    return broader.getOrDefault(skillUri, Set.of());
  }

  @Override
  public Set<String> narrower(String skillUri) {
    return narrower.getOrDefault(skillUri, Set.of());
  }

  @Override
  public Set<String> related(String skillUri) {
    return related.getOrDefault(skillUri, Set.of());
  }

  @Override
  public Set<String> essentialSkills(String occupationUri) {
    return essential.getOrDefault(occupationUri, Set.of());
  }
}
