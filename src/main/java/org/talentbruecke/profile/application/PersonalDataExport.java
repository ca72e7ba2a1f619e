package org.talentbruecke.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.identity.application.AccountRecord;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.ConsentRecord;
import org.talentbruecke.identity.application.ConsentService;
import org.talentbruecke.profile.domain.PersonalDetails;
import org.talentbruecke.profile.domain.PersonalDetailsRepository;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.ProfileRepository;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.application.NotFound;

/**
 * Everything Talentbrücke stores about a job seeker, in one document they can download (GDPR Art.
 * 15 access and Art. 20 portability): the account without its password hash, the personal details,
 * the whole profile and the ESCO labels of every concept in it. The profile part has exactly the
 * shape {@code PUT /api/v1/profiles/me} accepts, so it can be read back by this or another service.
 */
@ApplicationScoped
public class PersonalDataExport {
  /** Names the document's layout; raised when a field changes meaning. */
  public static final String FORMAT = "talentbruecke-export/1";

  @Inject private AccountService accounts;
  @Inject private ProfileRepository profiles;
  @Inject private PersonalDetailsRepository details;
  @Inject private Vocabulary vocabulary;
  @Inject private Clock clock;
  @Inject private jakarta.enterprise.inject.Instance<ExportContribution> contributions;
  @Inject private ConsentService consents;
  @Inject private AuditTrail audit;

  /**
   * The whole export.
   *
   * @param format {@link #FORMAT}
   * @param language the language of labels and notes (the account's, else the request's)
   * @param account the account without its password hash
   * @param signIn how sessions and API tokens work, since neither is stored with a secret
   * @param personalDetails nationality, date of birth, gender, photo flag; null when never saved
   * @param profile the skills profile as {@code PUT /api/v1/profiles/me} takes it; null when none
   * @param profileUpdatedAt when the profile was last saved; null when none
   * @param escoLabels the label of every ESCO URI in the profile, in {@code language} where ESCO
   *     has one (the label says which language it is in)
   * @param notes what is not stored, in {@code language}
   * @param consents what the person agreed to, when, and what they withdrew (decision 043)
   * @param profileViews who was shown the profile: organisation and time, or the region's staff
   * @param auditEntries every audit entry about the person or made by them, oldest first
   * @param otherRecords what other parts of the service keep about the person, by kind (such as
   *     {@code contactRequests}); see {@link ExportContribution}
   */
  public record Document(
      String format,
      Instant generatedAt,
      String language,
      AccountRecord account,
      SignIn signIn,
      PersonalDetailsService.Data personalDetails,
      ProfileData profile,
      Instant profileUpdatedAt,
      Map<String, LocalizedLabel> escoLabels,
      List<String> notes,
      List<ConsentRecord> consents,
      List<AuditTrail.ProfileView> profileViews,
      List<AuditTrail.Entry> auditEntries,
      Map<String, Object> otherRecords) {

    /** The same document with the other contexts' records. */
    public Document withOtherRecords(Map<String, Object> records) {
      return new Document(
          format,
          generatedAt,
          language,
          account,
          signIn,
          personalDetails,
          profile,
          profileUpdatedAt,
          escoLabels,
          notes,
          consents,
          profileViews,
          auditEntries,
          Map.copyOf(records));
    }
  }

  /** The consent records and the audit trail about the person. */
  public record Trail(
      List<ConsentRecord> consents,
      List<AuditTrail.ProfileView> profileViews,
      List<AuditTrail.Entry> auditEntries) {
    public static final Trail NONE = new Trail(List.of(), List.of(), List.of());
  }

  /**
   * Sessions and API tokens, described without any secret: neither is stored, both end when the
   * session epoch changes.
   */
  public record SignIn(int sessionEpoch, String sessions, String apiTokens, String lastSignIn) {}

  /**
   * The export for an account.
   *
   * @param requested the request's language, used when the account has none stored
   * @throws NotFound when the account does not exist (any more)
   */
  @Transactional
  public Document of(long accountId, Locale requested) {
    AccountRecord account = accounts.record(accountId).orElseThrow(() -> new NotFound("Account"));
    Locale locale =
        Optional.ofNullable(account.preferredLanguage())
            .flatMap(MessageTexts::supported)
            .orElse(MessageTexts.supportedOrDefault(requested));
    Optional<Profile> profile = profiles.findByAccount(accountId);
    ProfileData data = profile.map(ProfileViews::of).orElse(null);
    Map<String, LocalizedLabel> labels =
        data == null ? Map.of() : vocabulary.labels(escoUris(data), locale.getLanguage());
    Map<String, Object> others = new java.util.TreeMap<>();
    for (ExportContribution contribution : contributions) {
      others.put(contribution.section(), contribution.of(accountId, locale));
    }
    Trail trail =
        new Trail(consents.of(accountId), audit.viewsOf(accountId), audit.about(accountId));
    Document document =
        assemble(
                account,
                details.findByAccount(accountId),
                profile.map(Profile::getUpdatedAt).orElse(null),
                data,
                labels,
                locale,
                clock.instant(),
                trail)
            .withOtherRecords(others);
    audit.record(
        AuditEvent.of(AuditTypes.DATA_EXPORTED, accountId, accountId)
            .on("PROFILE_EXPORT", String.valueOf(accountId))
            .withDetails(FORMAT));
    return document;
  }

  /**
   * {@link #assemble(AccountRecord, Optional, Instant, ProfileData, Map, Locale, Instant, Trail)}
   * without a trail.
   */
  static Document assemble(
      AccountRecord account,
      Optional<PersonalDetails> personalDetails,
      Instant profileUpdatedAt,
      ProfileData profile,
      Map<String, LocalizedLabel> labels,
      Locale locale,
      Instant now) {
    return assemble(
        account, personalDetails, profileUpdatedAt, profile, labels, locale, now, Trail.NONE);
  }

  /** Puts the parts together; separate so that tests need no container. */
  static Document assemble(
      AccountRecord account,
      Optional<PersonalDetails> personalDetails,
      Instant profileUpdatedAt,
      ProfileData profile,
      Map<String, LocalizedLabel> labels,
      Locale locale,
      Instant now,
      Trail trail) {
    Map<String, LocalizedLabel> ordered = new LinkedHashMap<>();
    if (profile != null) {
      for (String uri : escoUris(profile)) {
        if (labels.containsKey(uri)) {
          ordered.put(uri, labels.get(uri));
        }
      }
    }
    SignIn signIn =
        new SignIn(
            account.sessionEpoch(),
            MessageTexts.format(locale, "export.note.sessions"),
            MessageTexts.format(locale, "export.note.tokens"),
            MessageTexts.format(locale, "export.note.lastSignIn"));
    return new Document(
        FORMAT,
        now,
        locale.getLanguage(),
        account,
        signIn,
        personalDetails.map(PersonalDetailsService::view).orElse(null),
        profile,
        profileUpdatedAt,
        ordered,
        List.of(
            MessageTexts.format(locale, "export.note.passwordHash"),
            MessageTexts.format(locale, "export.note.elsewhere")),
        trail.consents(),
        trail.profileViews(),
        trail.auditEntries(),
        Map.of());
  }

  /** Every ESCO URI the profile mentions, in the order of the steps, each once. */
  static List<String> escoUris(ProfileData p) {
    Set<String> uris = new LinkedHashSet<>();
    p.occupations().forEach(o -> uris.add(o.escoUri()));
    p.skills().forEach(s -> uris.add(s.escoUri()));
    p.workHistory().forEach(w -> uris.add(w.occupationUri()));
    p.qualifications()
        .forEach(
            q ->
                uris.add(
                    q.recognition() == null ? null : q.recognition().referenceOccupationUri()));
    List<String> out = new ArrayList<>(uris);
    out.removeIf(u -> u == null || u.isBlank());
    return out;
  }

  /** The file name the download suggests, with the day of the export. */
  public static String fileName(Instant generatedAt) {
    return "talentbruecke-export-"
        + Objects.requireNonNull(generatedAt).toString().substring(0, 10)
        + ".json";
  }
}
