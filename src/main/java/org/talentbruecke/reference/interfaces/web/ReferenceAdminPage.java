package org.talentbruecke.reference.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.talentbruecke.reference.application.EscoImportJobs;
import org.talentbruecke.reference.application.EscoImportJobs.ImportStatus;
import org.talentbruecke.reference.application.EscoStore;
import org.talentbruecke.reference.application.ImportAlreadyRunning;
import org.talentbruecke.reference.application.ImportLogEntry;
import org.talentbruecke.reference.application.ReferenceCounts;
import org.talentbruecke.reference.domain.glossary.TranslationReview;
import org.talentbruecke.reference.infrastructure.TranslationReviewCatalog;
import org.talentbruecke.reference.interfaces.rest.UploadedFiles;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocalFormats;
import org.talentbruecke.shared.interfaces.web.Messages;

/**
 * Admin page for the ESCO reference data: what is stored, the import log, and an upload whose
 * import runs in the background while the page polls its progress.
 */
@Named
@ViewScoped
public class ReferenceAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int LOG_ROWS = 50;

  @Inject private transient EscoStore store;
  @Inject private transient EscoImportJobs jobs;
  @Inject private transient UploadedFiles uploads;
  @Inject private transient FacesMessages messages;

  private transient ReferenceCounts counts;
  private transient List<ImportLogEntry> imports;

  public ReferenceCounts getCounts() {
    if (counts == null) {
      counts = store.counts();
    }
    return counts;
  }

  public List<ImportLogEntry> getImports() {
    if (imports == null) {
      imports = store.recentImports(LOG_ROWS);
    }
    return imports;
  }

  /**
   * Per translated language, whether a native-speaking counsellor has reviewed the texts; until
   * then they are machine-assisted (translation-reviews.csv, see docs/reference-data.md).
   */
  public List<TranslationReviewRow> getTranslationReviews() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return TranslationReviewCatalog.load().stream()
        .map(review -> TranslationReviewRow.of(review, locale))
        .toList();
  }

  /** One line of the translation state table, already worded in the page's language. */
  public record TranslationReviewRow(
      String language, String languageName, boolean reviewed, String state) {
    static TranslationReviewRow of(TranslationReview review, Locale locale) {
      String name = Locale.forLanguageTag(review.language()).getDisplayLanguage(locale);
      String state =
          review.reviewed()
              ? Messages.format(
                  locale,
                  "reference.admin.translation.reviewed",
                  review.reviewer().orElseThrow(),
                  LocalFormats.date(
                      review
                          .reviewedOn()
                          .orElseThrow()
                          .atStartOfDay(LocalFormats.REGION_ZONE)
                          .toInstant(),
                      locale))
              : Messages.format(locale, "reference.admin.translation.machine");
      return new TranslationReviewRow(review.language(), name, review.reviewed(), state);
    }
  }

  /** How long an import took, in whole seconds (at least 1 for a finished one). */
  public long seconds(ImportLogEntry entry) {
    return Math.max(1, Math.round(entry.durationMillis() / 1000.0));
  }

  public ImportStatus getStatus() {
    return jobs.status();
  }

  public boolean isRunning() {
    return jobs.status().running();
  }

  /** Called by the poll: the counts and the log change when an import ends. */
  public void refresh() {
    counts = null;
    imports = null;
  }

  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    if (name == null || !name.toLowerCase().endsWith(".zip")) {
      messages.error(null, "reference.admin.notZip");
      return;
    }
    java.nio.file.Path file;
    try (InputStream in = event.getFile().getInputStream()) {
      file = uploads.save(in);
    } catch (IOException e) {
      messages.error(null, "reference.admin.phase.failed");
      return;
    }
    try {
      jobs.startUpload(file, name);
    } catch (ImportAlreadyRunning e) {
      uploads.delete(file);
      messages.error(null, "reference.admin.running");
    }
    refresh();
  }
}
