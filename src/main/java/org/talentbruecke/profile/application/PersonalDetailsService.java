package org.talentbruecke.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.talentbruecke.profile.domain.Gender;
import org.talentbruecke.profile.domain.PersonalDetails;
import org.talentbruecke.profile.domain.PersonalDetailsRepository;
import org.talentbruecke.reference.application.Vocabulary;

/** Reads and saves the optional personal details of a job seeker; every field may stay empty. */
@ApplicationScoped
public class PersonalDetailsService {
  /** The details as plain values; dates as {@code YYYY-MM-DD}, nationality as ISO 3166 code. */
  public record Data(String nationality, String dateOfBirth, String gender, boolean photo) {}

  @Inject private PersonalDetailsRepository details;
  @Inject private Vocabulary concepts;
  @Inject private Clock clock;
  @Inject private ProfileChangeAudit changes;

  /** For CDI. */
  protected PersonalDetailsService() {}

  /** For tests without a container. */
  PersonalDetailsService(PersonalDetailsRepository details, Vocabulary concepts, Clock clock) {
    this.details = details;
    this.concepts = concepts;
    this.clock = clock;
  }

  @Transactional
  public Data read(long accountId) {
    return details
        .findByAccount(accountId)
        .map(PersonalDetailsService::view)
        .orElse(new Data(null, null, null, false));
  }

  @Transactional
  public Data replace(long accountId, Data data) {
    Fields fields = new Fields(concepts);
    String nationality =
        Fields.blank(data.nationality()) ? null : fields.country("nationality", data.nationality());
    LocalDate born = fields.date("dateOfBirth", data.dateOfBirth(), false);
    if (born != null
        && (born.isAfter(LocalDate.now(clock).minusYears(14)) || born.getYear() < 1900)) {
      fields.checks.add("dateOfBirth", "profile.validation.dateOfBirth");
    }
    Gender gender = fields.choice("gender", data.gender(), Gender.class, false);
    fields.checks.throwIfAny();
    PersonalDetails stored =
        details.findByAccount(accountId).orElseGet(() -> new PersonalDetails(accountId));
    Data before = view(stored);
    stored.change(nationality, born, gender, data.photo());
    Data after = view(details.store(stored));
    if (changes != null) { // null only in tests without a container
      changes.personalDetailsSaved(accountId, before, after);
    }
    return after;
  }

  static Data view(PersonalDetails d) {
    return new Data(
        d.getNationality(),
        d.getDateOfBirth() == null ? null : d.getDateOfBirth().toString(),
        d.getGender() == null ? null : d.getGender().name(),
        d.hasPhoto());
  }
}
