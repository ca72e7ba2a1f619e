package org.talentbruecke.opening.domain;

/** The legal forms regional employers most often have (German company law), and "other". */
public enum LegalForm {
  SOLE_TRADER, // Einzelunternehmen, e. K.
  GBR,
  OHG,
  KG,
  GMBH,
  UG,
  GMBH_CO_KG,
  AG,
  EG, // Genossenschaft
  EV, // eingetragener Verein
  PUBLIC_BODY,
  OTHER
}
