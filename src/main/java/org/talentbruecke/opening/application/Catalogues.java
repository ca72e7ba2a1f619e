package org.talentbruecke.opening.application;

import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;

/**
 * The reference lists the checks of openings and organisation profiles look codes up in; injected
 * into the services (read once by the reference context) and handed to the checks.
 */
record Catalogues(LanguageCatalog languages, MunicipalityCatalog municipalities) {}
