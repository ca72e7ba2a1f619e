package org.talentbruecke.app.demo;

import java.util.List;

/**
 * An ESCO occupation a generated job seeker may have, with the skills ESCO calls essential for it.
 */
public record DemoOccupation(
    String uri, String iscoCode, String germanLabel, List<String> essentialSkills) {
  public DemoOccupation {
    essentialSkills = List.copyOf(essentialSkills);
  }
}
