package org.talentbruecke.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.talentbruecke.identity.application.ConsentService;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;

/**
 * Writes what a save changed to the audit trail (decision 043): one entry per changed part of the
 * profile. The parts describe the person (skills, history, languages, free text), so only "changed"
 * is recorded, never the values; the visibility is no personal fact and is recorded with its old
 * and new value, and as a consent record (given for the new choice, withdrawn for the old).
 */
@ApplicationScoped
public class ProfileChangeAudit {
  private static final Map<String, Function<ProfileData, Object>> PARTS = parts();

  @Inject private AuditTrail audit;
  @Inject private ConsentService consents;

  /** For CDI. */
  protected ProfileChangeAudit() {}

  /** For tests without a container. */
  ProfileChangeAudit(AuditTrail audit, ConsentService consents) {
    this.audit = audit;
    this.consents = consents;
  }

  /** Records the changes from {@code before} (empty for a new profile) to {@code after}. */
  void saved(long accountId, long profileId, ProfileData before, ProfileData after) {
    for (AuditEvent e : changes(accountId, profileId, before, after)) {
      audit.record(e);
    }
    String oldVisibility = before.visibility();
    if (consents != null && !Objects.equals(oldVisibility, after.visibility())) {
      consents.visibilityChosen(accountId, after.visibility());
    }
  }

  /** One entry per changed part, in the order of the profile's steps. */
  static List<AuditEvent> changes(
      long accountId, long profileId, ProfileData before, ProfileData after) {
    List<AuditEvent> out = new ArrayList<>();
    String id = String.valueOf(profileId);
    PARTS.forEach(
        (field, part) -> {
          if (!Objects.equals(part.apply(before), part.apply(after))) {
            out.add(AuditEvent.changed(accountId, accountId, "PROFILE", id, field));
          }
        });
    if (!Objects.equals(before.visibility(), after.visibility())) {
      out.add(
          AuditEvent.change(
              accountId,
              accountId,
              "PROFILE",
              id,
              "visibility",
              before.visibility(),
              after.visibility()));
    }
    return out;
  }

  /** Records which personal details changed, without their values (they are personal data). */
  void personalDetailsSaved(
      long accountId, PersonalDetailsService.Data before, PersonalDetailsService.Data after) {
    String id = String.valueOf(accountId);
    record(accountId, id, "nationality", before.nationality(), after.nationality());
    record(accountId, id, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
    record(accountId, id, "gender", before.gender(), after.gender());
    record(accountId, id, "photo", before.photo(), after.photo());
  }

  private void record(long accountId, String id, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      audit.record(AuditEvent.changed(accountId, accountId, "PERSONAL_DETAILS", id, field));
    }
  }

  private static Map<String, Function<ProfileData, Object>> parts() {
    Map<String, Function<ProfileData, Object>> parts = new LinkedHashMap<>();
    parts.put("occupations", ProfileData::occupations);
    parts.put("skills", ProfileData::skills);
    parts.put("workHistory", ProfileData::workHistory);
    parts.put("languages", ProfileData::languages);
    parts.put("germanCourses", ProfileData::germanCourses);
    parts.put("qualifications", ProfileData::qualifications);
    parts.put("availability", ProfileData::availability);
    parts.put("about", ProfileData::about);
    return parts;
  }
}
