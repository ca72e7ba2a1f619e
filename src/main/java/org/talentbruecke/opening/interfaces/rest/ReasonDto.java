package org.talentbruecke.opening.interfaces.rest;

import jakarta.validation.constraints.Size;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.shared.interfaces.rest.Required;

/** Body of a staff action that must say why, such as unpublishing an opening. */
public record ReasonDto(
    @Required @Size(max = Opening.MAX_CLOSE_REASON, message = "{validation.tooLong}")
        String reason) {}
