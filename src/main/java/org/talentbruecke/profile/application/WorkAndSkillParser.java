package org.talentbruecke.profile.application;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.talentbruecke.profile.domain.DesiredOccupation;
import org.talentbruecke.profile.domain.EmployerType;
import org.talentbruecke.profile.domain.ProfileSkill;
import org.talentbruecke.profile.domain.SkillLevel;
import org.talentbruecke.profile.domain.WorkEntry;
import org.talentbruecke.reference.domain.ConceptType;

/** Turns the occupation, skill and work-history steps of {@link ProfileData} into domain values. */
final class WorkAndSkillParser {
  private final Fields fields;

  WorkAndSkillParser(Fields fields) {
    this.fields = fields;
  }

  List<DesiredOccupation> occupations(List<ProfileData.Occupation> input) {
    List<DesiredOccupation> result = new ArrayList<>();
    List<ProfileData.Occupation> entries = fields.list("occupations", input);
    for (int i = 0; i < entries.size(); i++) {
      ProfileData.Occupation entry = entries.get(i);
      String uri =
          fields.concept(
              "occupations[" + i + "].escoUri", entry.escoUri(), ConceptType.OCCUPATION, true);
      if (uri != null) {
        result.add(new DesiredOccupation(uri, entry.preferred()));
      }
    }
    if (entries.stream().filter(ProfileData.Occupation::preferred).count() > 1) {
      fields.checks.add("occupations", "profile.validation.onePreferred");
    }
    return result;
  }

  List<ProfileSkill> skills(List<ProfileData.Skill> input) {
    List<ProfileSkill> result = new ArrayList<>();
    List<ProfileData.Skill> entries = fields.list("skills", input);
    for (int i = 0; i < entries.size(); i++) {
      ProfileData.Skill entry = entries.get(i);
      String at = "skills[" + i + "]";
      int before = fields.errorMark();
      if (Fields.blank(entry.escoUri()) == Fields.blank(entry.description())) {
        fields.checks.add(at + ".escoUri", "profile.validation.skillOneOf");
      }
      String uri = fields.concept(at + ".escoUri", entry.escoUri(), ConceptType.SKILL, false);
      String text =
          fields.text(
              at + ".description", entry.description(), ProfileSkill.MAX_DESCRIPTION, false);
      SkillLevel level = fields.choice(at + ".level", entry.level(), SkillLevel.class, true);
      add(
          result,
          fields.build(
              at,
              fields.errorMark() == before,
              () -> new ProfileSkill(uri, text, level, entry.usedInGermany())));
    }
    return result;
  }

  List<WorkEntry> workHistory(List<ProfileData.Work> input) {
    List<WorkEntry> result = new ArrayList<>();
    List<ProfileData.Work> entries = fields.list("workHistory", input);
    for (int i = 0; i < entries.size(); i++) {
      ProfileData.Work entry = entries.get(i);
      String at = "workHistory[" + i + "]";
      int before = fields.errorMark();
      EmployerType employer =
          fields.choice(at + ".employerType", entry.employerType(), EmployerType.class, true);
      String uri =
          fields.concept(
              at + ".occupationUri", entry.occupationUri(), ConceptType.OCCUPATION, false);
      String title = fields.text(at + ".title", entry.title(), WorkEntry.MAX_TITLE, false);
      if (Fields.blank(entry.occupationUri()) && Fields.blank(entry.title())) {
        fields.checks.add(at + ".title", "profile.validation.titleOrOccupation");
      }
      String country = fields.country(at + ".country", entry.country());
      YearMonth from = fields.month(at + ".from", entry.from(), true);
      YearMonth to = fields.month(at + ".to", entry.to(), false);
      if (from != null && to != null && !WorkEntry.endsInOrder(from, to)) {
        fields.checks.add(at + ".to", "profile.validation.endBeforeStart");
      }
      String tasks = fields.longText(at + ".tasks", entry.tasks(), WorkEntry.MAX_TASKS);
      add(
          result,
          fields.build(
              at,
              fields.errorMark() == before,
              () -> new WorkEntry(employer, uri, title, country, from, to, tasks)));
    }
    return result;
  }

  static <T> void add(java.util.Collection<T> list, T value) {
    if (value != null) {
      list.add(value);
    }
  }
}
