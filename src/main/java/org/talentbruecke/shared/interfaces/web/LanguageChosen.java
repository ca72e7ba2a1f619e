package org.talentbruecke.shared.interfaces.web;

import java.util.Locale;

/** CDI event: a signed-in person picked an interface language, to be remembered for them. */
public record LanguageChosen(String callerName, Locale locale) {}
