package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/** Step 3: work history, in Germany and abroad, newest first as people tell it. */
@Named
@ViewScoped
public class WorkStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  @Inject private transient ConceptLookup concepts;

  private final List<WorkRow> workHistory = new ArrayList<>();

  @Override
  protected void fill(ProfileData saved) {
    Map<String, ConceptOption> options =
        concepts.options(
            saved.workHistory().stream().map(ProfileData.Work::occupationUri).toList());
    for (ProfileData.Work w : saved.workHistory()) {
      WorkRow row = new WorkRow();
      row.employerType = w.employerType();
      row.occupation = w.occupationUri() == null ? null : options.get(w.occupationUri());
      row.title = w.title();
      row.country = w.country();
      row.from = w.from();
      row.to = w.to();
      row.tasks = w.tasks();
      workHistory.add(row);
    }
  }

  @Override
  protected ProfileData applyTo(ProfileData saved) {
    return saved.withWorkHistory(
        workHistory.stream()
            .map(
                w ->
                    new ProfileData.Work(
                        w.employerType,
                        w.occupation == null ? null : w.occupation.getUri(),
                        w.title,
                        w.country,
                        w.from,
                        w.to,
                        w.tasks))
            .toList());
  }

  @Override
  public ProfileStep getStep() {
    return ProfileStep.WORK;
  }

  public void add() {
    workHistory.add(new WorkRow());
  }

  public void remove(WorkRow row) {
    workHistory.remove(row);
  }

  public List<WorkRow> getWorkHistory() {
    return workHistory;
  }

  /** One job as the form edits it; months as YYYY-MM. */
  public static final class WorkRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String employerType;
    private ConceptOption occupation;
    private String title;
    private String country;
    private String from;
    private String to;
    private String tasks;

    public String getEmployerType() {
      return employerType;
    }

    public void setEmployerType(String employerType) {
      this.employerType = employerType;
    }

    public ConceptOption getOccupation() {
      return occupation;
    }

    public void setOccupation(ConceptOption occupation) {
      this.occupation = occupation;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }

    public String getTasks() {
      return tasks;
    }

    public void setTasks(String tasks) {
      this.tasks = tasks;
    }
  }
}
