package org.talentbruecke.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.talentbruecke.profile.domain.Availability;
import org.talentbruecke.profile.domain.Completeness;
import org.talentbruecke.profile.domain.DesiredOccupation;
import org.talentbruecke.profile.domain.GermanCourseEntry;
import org.talentbruecke.profile.domain.LanguageSkill;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.ProfileRepository;
import org.talentbruecke.profile.domain.ProfileSkill;
import org.talentbruecke.profile.domain.Qualification;
import org.talentbruecke.profile.domain.Visibility;
import org.talentbruecke.profile.domain.WorkEntry;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;

/**
 * Reads and saves a job seeker's own profile. Every save checks the whole input first and stores
 * nothing when any field is wrong; each step of the form saves on its own through {@link #update}.
 */
@ApplicationScoped
public class ProfileService {
  @Inject private ProfileRepository profiles;
  @Inject private Vocabulary concepts;
  @Inject private Clock clock;
  @Inject private LanguageCatalog languages;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private Event<ProfileSaved> saved;
  @Inject private ProfileChangeAudit changes;

  /** For CDI. */
  protected ProfileService() {}

  /** For tests without a container. */
  ProfileService(
      ProfileRepository profiles,
      Vocabulary concepts,
      Clock clock,
      LanguageCatalog languages,
      MunicipalityCatalog municipalities) {
    this.profiles = profiles;
    this.concepts = concepts;
    this.clock = clock;
    this.languages = languages;
    this.municipalities = municipalities;
  }

  /** The profile of an account; an empty one when nothing was saved yet. */
  @Transactional
  public ProfileData read(long accountId) {
    return profiles.findByAccount(accountId).map(ProfileViews::of).orElse(ProfileData.empty());
  }

  @Transactional
  public Completeness completeness(long accountId) {
    return Completeness.of(profiles.findByAccount(accountId).orElse(null));
  }

  /** What a job seeker's start page shows, from one read of the profile. */
  public record Overview(Completeness completeness, List<String> missingSteps, String visibility) {}

  @Transactional
  public Overview overview(long accountId) {
    Profile profile = profiles.findByAccount(accountId).orElse(null);
    String visibility =
        profile == null ? ProfileData.empty().visibility() : profile.getVisibility().name();
    return new Overview(Completeness.of(profile), Completeness.missingSteps(profile), visibility);
  }

  public boolean exists(long accountId) {
    return profiles.findByAccount(accountId).isPresent();
  }

  /** Replaces the whole profile. */
  @Transactional
  public ProfileData replace(long accountId, ProfileData data) {
    Fields fields = new Fields(concepts);
    WorkAndSkillParser work = new WorkAndSkillParser(fields);
    LanguageParser language = new LanguageParser(fields, languages);
    QualificationParser qualification = new QualificationParser(fields, municipalities);
    List<DesiredOccupation> occupations = work.occupations(data.occupations());
    List<ProfileSkill> skills = work.skills(data.skills());
    List<WorkEntry> history = work.workHistory(data.workHistory());
    List<LanguageSkill> languages = language.languages(data.languages());
    List<GermanCourseEntry> courses = language.courses(data.germanCourses());
    List<Qualification> qualifications = qualification.qualifications(data.qualifications());
    Availability availability = qualification.availability(data.availability());
    String about = fields.longText("about", data.about(), Profile.MAX_ABOUT);
    Visibility visibility = fields.choice("visibility", data.visibility(), Visibility.class, false);
    fields.checks.throwIfAny();

    Instant now = clock.instant();
    Profile profile =
        profiles.findByAccount(accountId).orElseGet(() -> new Profile(accountId, now));
    ProfileData before = ProfileViews.of(profile);
    profile.replaceOccupations(occupations, now);
    profile.replaceSkills(skills, now);
    profile.replaceWorkHistory(history, now);
    profile.replaceLanguages(languages, language.certificates, courses, now);
    profile.replaceQualifications(qualifications, now);
    profile.changeAvailability(availability, now);
    profile.describe(about, now);
    if (visibility != null) {
      profile.changeVisibility(visibility, now);
    }
    Profile stored = profiles.store(profile);
    ProfileData after = ProfileViews.of(stored);
    if (saved != null) { // null only in tests without a container
      changes.saved(accountId, stored.getId(), before, after);
      saved.fire(new ProfileSaved(accountId, stored.getId()));
    }
    return after;
  }

  /**
   * Changes one part of the profile (one step of the form) and saves the whole after checking it.
   */
  @Transactional
  public ProfileData update(long accountId, UnaryOperator<ProfileData> change) {
    return replace(accountId, change.apply(read(accountId)));
  }

  /**
   * A profile as matching reads it: the stored data, the profile's own id (the source of its
   * pseudonymous handle) and whether its owner lets verified employers see it anonymously.
   */
  public record ForMatching(
      long profileId, long accountId, boolean visibleToEmployers, ProfileData data) {}

  /** Every profile whose owner lets verified employers see it (anonymously). */
  @Transactional
  public List<ForMatching> visibleToEmployers() {
    return profiles.findByVisibility(Visibility.ANONYMOUS_TO_VERIFIED_EMPLOYERS).stream()
        .map(ProfileService::forMatching)
        .toList();
  }

  /** The account's own profile as matching reads it, if one was saved. */
  @Transactional
  public java.util.Optional<ForMatching> forMatching(long accountId) {
    return profiles.findByAccount(accountId).map(ProfileService::forMatching);
  }

  private static ForMatching forMatching(Profile p) {
    return new ForMatching(
        p.getId(),
        p.getAccountId(),
        p.getVisibility() == Visibility.ANONYMOUS_TO_VERIFIED_EMPLOYERS,
        ProfileViews.of(p));
  }
}
