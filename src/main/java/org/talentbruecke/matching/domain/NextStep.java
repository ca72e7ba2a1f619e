package org.talentbruecke.matching.domain;

import java.util.Objects;

/**
 * Something a job seeker can do that would raise one part of a match: a German course that closes a
 * gap, the recognition route, a skill they may already have.
 *
 * @param aspect the part of the match it would raise
 * @param reason the advice as a message key with arguments (ESCO URIs are shown as labels)
 */
public record NextStep(Aspect aspect, Reason reason) {
  public NextStep {
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(reason, "reason");
  }
}
