package org.talentbruecke.reference;

import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.infrastructure.ReferenceFiles;

/**
 * The catalogues as shipped, for plain unit tests without a container (the application has them
 * injected). Read once per test run.
 */
public final class ShippedCatalogs {
  private static final LanguageCatalog LANGUAGES = ReferenceFiles.languages();
  private static final MunicipalityCatalog MUNICIPALITIES = ReferenceFiles.municipalities();

  private ShippedCatalogs() {}

  public static LanguageCatalog languages() {
    return LANGUAGES;
  }

  public static MunicipalityCatalog municipalities() {
    return MUNICIPALITIES;
  }
}
