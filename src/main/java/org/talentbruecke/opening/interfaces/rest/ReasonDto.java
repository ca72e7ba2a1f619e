package org.talentbruecke.opening.interfaces.rest;

import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.shared.interfaces.rest.AtMost;
import org.talentbruecke.shared.interfaces.rest.Required;

/** Body of a staff action that must say why, such as unpublishing an opening. */
public record ReasonDto(
    @Required @AtMost(max = Opening.MAX_CLOSE_REASON, message = "{validation.tooLong}")
        String reason) {}
