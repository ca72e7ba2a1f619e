package org.talentbruecke.opening.interfaces.rest;

import java.util.List;

/** Answer of the ad check: the findings in reading order, empty when the ad is fine. */
public record AdCheckResultDto(List<FindingDto> findings) {}
