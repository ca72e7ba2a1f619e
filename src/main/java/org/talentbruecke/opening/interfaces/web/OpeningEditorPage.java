package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.domain.InvalidOpeningState;
import org.talentbruecke.opening.domain.LanguageLevel;
import org.talentbruecke.opening.domain.Municipality;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningKind;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.opening.domain.WorkingHours;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/** The editor for one draft's details; every field error is shown beside its field. */
@Named
@ViewScoped
public class OpeningEditorPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> FIELD_NAMES = List.of(
      "title", "description", "positions", "municipality", "hours", "startDate", "durationMonths", "payMin",
      "payMax", "kind", "germanListening", "germanReading", "germanSpokenInteraction", "germanSpokenProduction",
      "germanWriting");

  @Inject private transient CurrentUser currentUser;
  @Inject private transient OpeningService openings;
  @Inject private transient FacesMessages messages;

  private Long openingId;
  private boolean found;
  private final OpeningForm form = new OpeningForm();

  /** Reads the draft named in the address; published or foreign openings are not editable here. */
  public void load() {
    try {
      Opening opening = openings.get(organisationId(), openingId == null ? -1 : openingId);
      found = opening.getStatus() == OpeningStatus.DRAFT;
      form.fill(opening);
    } catch (NotFound e) {
      found = false;
    }
  }

  public String save() {
    OpeningInput input = form.toInput();
    try {
      Opening saved = openings.update(organisationId(), openingId, input);
      messages.info("opening.draftSaved", saved.getTitle());
      messages.keepForNextRequest();
      return "/employer/index?faces-redirect=true";
    } catch (ValidationFailure failure) {
      messages.show(failure, clientIds());
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    return null;
  }

  private static Map<String, String> clientIds() {
    return FIELD_NAMES.stream().collect(java.util.stream.Collectors.toMap(f -> f, f -> "editor:" + f));
  }

  private long organisationId() {
    return currentUser.account().map(a -> a.getOrganisationId()).orElseThrow(() -> new NotFound("Organisation"));
  }

  public OpeningForm getForm() {
    return form;
  }

  public boolean isFound() {
    return found;
  }

  public Long getOpeningId() {
    return openingId;
  }

  public void setOpeningId(Long openingId) {
    this.openingId = openingId;
  }

  public List<Map.Entry<String, String>> getMunicipalities() {
    return List.copyOf(Municipality.all().entrySet());
  }

  public List<String> getHoursOptions() {
    return names(WorkingHours.values());
  }

  public List<String> getKinds() {
    return names(OpeningKind.values());
  }

  public List<String> getLevels() {
    return names(LanguageLevel.values());
  }

  /** Today in the region, the earliest start date the date field offers. */
  public String getToday() {
    return LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
