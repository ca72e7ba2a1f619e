package org.talentbruecke.reference.domain.recognition;

import java.util.Objects;
import java.util.Set;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * A piece of help that is not tied to one profession group: funding (Anerkennungszuschuss),
 * residence law (§ 16d AufenthG), the Qualifikationsanalyse, counselling. Shown where it applies.
 *
 * @param id stable identifier, e.g. "ANERKENNUNGSZUSCHUSS"
 * @param appliesTo group ids, kinds of regulation ({@link Regulation} names) or tracks ({@link
 *     RecognitionTrack} names); the hint applies when any of them matches the advice's group
 * @param statuses the recognition states it applies in; empty means all
 * @param text the hint in every interface language
 */
public record SupportHint(
    String id, Set<String> appliesTo, Set<RecognitionStatus> statuses, LocalizedText text) {

  public SupportHint {
    Objects.requireNonNull(id, "id");
    appliesTo = Set.copyOf(appliesTo);
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(text, "text");
    if (appliesTo.isEmpty()) {
      throw new IllegalArgumentException("support hint " + id + " applies to nothing");
    }
  }

  /** True when the hint is meant for this group in this state. */
  public boolean appliesTo(ProfessionGroup group, RecognitionStatus status) {
    boolean forGroup =
        appliesTo.contains(group.id())
            || appliesTo.contains(group.regulation().name())
            || appliesTo.contains(group.track().name());
    return forGroup && (statuses.isEmpty() || statuses.contains(status));
  }
}
