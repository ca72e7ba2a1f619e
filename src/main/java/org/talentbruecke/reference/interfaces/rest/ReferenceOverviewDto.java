package org.talentbruecke.reference.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.reference.application.ImportLogEntry;
import org.talentbruecke.reference.application.ReferenceCounts;

/** What the reference tables hold, whether an import is running, and the latest imports. */
@Schema(name = "ReferenceOverview")
public record ReferenceOverviewDto(
    ReferenceCounts stored, boolean importRunning, List<ImportLogEntry> imports) {}
