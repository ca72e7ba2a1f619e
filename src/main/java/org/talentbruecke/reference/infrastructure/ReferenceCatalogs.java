package org.talentbruecke.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.talentbruecke.reference.application.CefrDescriptorCatalog;
import org.talentbruecke.reference.application.GermanCourseCatalog;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.QualificationLevelCatalog;
import org.talentbruecke.reference.application.SearchSynonyms;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;

/**
 * Makes the reference lists shipped on the classpath injectable. They are read once, at start-up
 * (so a broken file stops the deployment instead of the first page that needs it), and shared; they
 * only change with a new release, unlike the ESCO tables. The catalogues are final classes of the
 * reference application layer, so they are produced as dependent objects (no proxy) of this one
 * application-scoped holder.
 */
@ApplicationScoped
public class ReferenceCatalogs {
  // The recognition advice follows known changes in the law (care assistants, 1 January 2027).
  @Inject private Clock clock;

  private final Lazy<RecognitionAdviceService> advice =
      new Lazy<>(
          () ->
              new RecognitionAdviceService(
                  RecognitionCatalog.load(),
                  AdvicePhraseCatalog.load(),
                  SupportHintCatalog.load(),
                  clock));
  private final Lazy<CefrDescriptorCatalog> cefr = new Lazy<>(ReferenceFiles::cefrDescriptors);
  private final Lazy<LanguageCatalog> languages = new Lazy<>(ReferenceFiles::languages);
  private final Lazy<MunicipalityCatalog> municipalities =
      new Lazy<>(ReferenceFiles::municipalities);
  private final Lazy<QualificationLevelCatalog> qualificationLevels =
      new Lazy<>(ReferenceFiles::qualificationLevels);
  private final Lazy<GermanCourseCatalog> germanCourses = new Lazy<>(ReferenceFiles::germanCourses);
  private final Lazy<SearchSynonyms> searchSynonyms = new Lazy<>(ReferenceFiles::searchSynonyms);

  /** Reads every catalogue when the application starts. */
  void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object start) {
    recognitionAdvice();
    cefrDescriptors();
    languages();
    municipalities();
    qualificationLevels();
    germanCourses();
    searchSynonyms();
  }

  @Produces
  RecognitionAdviceService recognitionAdvice() {
    return advice.get();
  }

  @Produces
  CefrDescriptorCatalog cefrDescriptors() {
    return cefr.get();
  }

  @Produces
  LanguageCatalog languages() {
    return languages.get();
  }

  @Produces
  MunicipalityCatalog municipalities() {
    return municipalities.get();
  }

  @Produces
  QualificationLevelCatalog qualificationLevels() {
    return qualificationLevels.get();
  }

  @Produces
  GermanCourseCatalog germanCourses() {
    return germanCourses.get();
  }

  @Produces
  SearchSynonyms searchSynonyms() {
    return searchSynonyms.get();
  }

  /** A value loaded at its first use, at most once. */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> loader;
    private T value;

    Lazy(java.util.function.Supplier<T> loader) {
      this.loader = loader;
    }

    synchronized T get() {
      if (value == null) {
        value = loader.get();
      }
      return value;
    }
  }
}
