package org.talentbruecke.reference.application;

/**
 * What the reference tables hold now.
 *
 * @param escoVersion the version named by the last successful import, empty before the first
 */
public record ReferenceCounts(
    String escoVersion,
    int skills,
    int skillGroups,
    int occupations,
    int iscoGroups,
    int labels,
    int essentialRelations,
    int optionalRelations,
    int broaderRelations) {

  public int concepts() {
    return skills + skillGroups + occupations + iscoGroups;
  }
}
