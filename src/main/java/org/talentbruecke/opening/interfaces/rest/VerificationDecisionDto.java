package org.talentbruecke.opening.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.opening.domain.VerificationRecord;
import org.talentbruecke.shared.interfaces.rest.AtMost;

/** What staff decide about an organisation; without a body the decision is VERIFY. */
@Schema(name = "VerificationDecision")
public record VerificationDecisionDto(
    @Schema(description = "VERIFY (default), REJECT or REQUEST_DETAILS", example = "REJECT")
        String decision,
    @Schema(
            description =
                "Required for REJECT (the reason the employer reads) and REQUEST_DETAILS (what is"
                    + " missing); 1 to 1000 characters")
        @AtMost(max = VerificationRecord.MAX_TEXT, message = "{validation.tooLong}")
        String reason) {}
