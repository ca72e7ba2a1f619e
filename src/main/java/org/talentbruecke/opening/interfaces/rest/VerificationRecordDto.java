package org.talentbruecke.opening.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.opening.domain.VerificationRecord;

/** One step of an organisation's verification history. */
@Schema(name = "VerificationRecord")
public record VerificationRecordDto(
    @Schema(
            description =
                "VERIFIED, REJECTED, DETAILS_REQUESTED (by staff); DETAILS_SUPPLIED, CORRECTED,"
                    + " CHANGED_AFTER_VERIFICATION (by an employer user)")
        String step,
    String at,
    Long actorAccountId,
    @Schema(description = "The actor's display name; null once the account is deleted")
        String actorName,
    @Schema(description = "The reason of a rejection or the text of a request") String reason,
    @Schema(description = "For a change: which of name, legalForm, address, register changed")
        List<String> changedFields) {
  static VerificationRecordDto of(VerificationRecord r, String actorName) {
    return new VerificationRecordDto(
        r.getStep().name(),
        r.getAt().toString(),
        r.getActorAccountId(),
        actorName,
        r.getText(),
        r.getChangedFields());
  }
}
