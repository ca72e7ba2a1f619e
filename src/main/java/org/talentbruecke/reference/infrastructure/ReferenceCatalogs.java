package org.talentbruecke.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;

/**
 * Makes the reference lists shipped on the classpath injectable. They are read once, at the first
 * injection, and shared; they only change with a new release, unlike the ESCO tables. The
 * catalogues are final classes, so they are produced as dependent objects (no proxy) of this one
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
  private final Lazy<CefrDescriptorCatalog> cefr = new Lazy<>(CefrDescriptorCatalog::load);
  private final Lazy<LanguageCatalog> languages = new Lazy<>(LanguageCatalog::load);
  private final Lazy<MunicipalityCatalog> municipalities = new Lazy<>(MunicipalityCatalog::load);
  private final Lazy<QualificationLevelCatalog> qualificationLevels =
      new Lazy<>(QualificationLevelCatalog::load);

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
