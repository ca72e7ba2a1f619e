package org.talentbruecke.matching.interfaces.rest;

import org.talentbruecke.matching.domain.StaffDecision;
import org.talentbruecke.shared.interfaces.rest.AtMost;
import org.talentbruecke.shared.interfaces.rest.Required;

/** The JSON of staff decisions (pin or exclude a candidate for an opening). */
public final class DecisionDtos {
  private DecisionDtos() {}

  /**
   * Body of {@code POST /api/v1/openings/{id}/decisions}.
   *
   * @param handle the candidate's pseudonymous handle as rankings show it
   * @param kind PIN or EXCLUDE
   * @param reason why, in 5..500 characters; kept with who decided and when
   */
  public record DecisionRequestDto(
      @Required @AtMost(max = 9, message = "{validation.tooLong}") String handle,
      @Required @AtMost(max = 10, message = "{validation.tooLong}") String kind,
      @Required @AtMost(max = StaffDecision.MAX_REASON, message = "{validation.tooLong}")
          String reason) {}

  /**
   * A decision, active or withdrawn.
   *
   * @param decidedAt and {@code withdrawnAt}: ISO-8601 instants; withdrawn ones are null while
   *     active
   * @param person who the handle stands for (staff only see this API)
   */
  public record DecisionDto(
      long id,
      long openingId,
      String handle,
      String kind,
      String reason,
      long decidedBy,
      String decidedAt,
      Long withdrawnBy,
      String withdrawnAt,
      boolean active,
      MatchDtos.PersonDto person) {}
}
