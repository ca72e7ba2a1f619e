package org.talentbruecke.opening.interfaces.rest;

import java.time.LocalDate;
import org.talentbruecke.shared.interfaces.rest.Given;

/**
 * Body of an extension: the last day (in the region, ISO date) the opening stays online; after
 * today and at most 60 days ahead.
 */
public record ExpiryDto(@Given LocalDate lastDay) {}
