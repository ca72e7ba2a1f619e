package org.talentbruecke.opening.interfaces.rest;

import org.talentbruecke.opening.domain.adcheck.AdText;
import org.talentbruecke.shared.interfaces.rest.AtMost;

/** Body of {@code POST /api/v1/openings/ad-check}: the ad to check and its language tag. */
public record AdCheckRequestDto(
    @AtMost(max = AdText.MAX_TITLE_LENGTH, message = "{validation.tooLong}") String title,
    @AtMost(max = AdText.MAX_DESCRIPTION_LENGTH, message = "{validation.tooLong}")
        String description,
    @AtMost(max = AdCheckRequestDto.MAX_LANGUAGE_TAG, message = "{validation.tooLong}")
        String language) {
  /** The same limit as the ad check service's (BCP 47 tags are shorter in practice). */
  static final int MAX_LANGUAGE_TAG = 35;
}
