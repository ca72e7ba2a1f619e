package org.talentbruecke.profile.application;

import org.talentbruecke.reference.infrastructure.LanguageCatalog;
import org.talentbruecke.reference.infrastructure.MunicipalityCatalog;

/** The reference lists a profile is checked against, loaded once from the classpath. */
final class ReferenceLists {
  static final LanguageCatalog LANGUAGES = LanguageCatalog.load();
  static final MunicipalityCatalog MUNICIPALITIES = MunicipalityCatalog.load();

  private ReferenceLists() {}
}
