package org.talentbruecke.opening.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.talentbruecke.opening.domain.Opening;

/** Body of a staff action that must say why, such as unpublishing an opening. */
public record ReasonDto(
    @NotBlank(message = "{validation.required}")
        @Size(max = Opening.MAX_CLOSE_REASON, message = "{validation.tooLong}")
        String reason) {}
