package org.talentbruecke.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What staff decided for one opening, applied to its ranking: excluded candidates are left out,
 * pinned ones come first among their tier (full matches, then close matches), in the order the
 * ranking gave them. Pins never lift a close match above a full match: the must-have rule stays.
 *
 * @param pinned handles staff recommend for the opening
 * @param excluded handles that never appear on the employer's list for the opening
 */
public record Oversight(Set<String> pinned, Set<String> excluded) {
  public static final Oversight NONE = new Oversight(Set.of(), Set.of());

  public Oversight {
    pinned = Set.copyOf(pinned);
    excluded = Set.copyOf(excluded);
  }

  /**
   * From the active decisions of one opening; when one handle has several (which {@code
   * StaffDecisions} prevents by withdrawing the older one), the latest counts.
   */
  public static Oversight of(Collection<StaffDecision> active) {
    Map<String, StaffDecision> latest = new HashMap<>();
    for (StaffDecision d : active) {
      latest.merge(d.getHandle(), d, (a, b) -> b.getDecidedAt().isBefore(a.getDecidedAt()) ? a : b);
    }
    return new Oversight(
        handles(latest.values(), DecisionKind.PIN), handles(latest.values(), DecisionKind.EXCLUDE));
  }

  private static Set<String> handles(Collection<StaffDecision> decisions, DecisionKind kind) {
    return decisions.stream()
        .filter(d -> d.getKind() == kind)
        .map(StaffDecision::getHandle)
        .collect(Collectors.toSet());
  }

  public boolean isEmpty() {
    return pinned.isEmpty() && excluded.isEmpty();
  }

  public boolean isPinned(String handle) {
    return pinned.contains(handle);
  }

  /**
   * The ranking without the excluded, pinned first.
   *
   * @param byTier true when the ranking is grouped by tier (full matches first): pinned come first
   *     within each tier; false (a ranking by score or added value alone): pinned come first
   *     overall
   */
  public List<MatchCard> apply(List<MatchCard> ranked, boolean byTier) {
    if (isEmpty()) {
      return ranked;
    }
    List<MatchCard> out = new ArrayList<>(ranked.size());
    for (MatchCard card : ranked) {
      if (!excluded.contains(card.candidateHandle())) {
        out.add(card);
      }
    }
    Comparator<MatchCard> pinnedFirst =
        Comparator.comparingInt(c -> pinned.contains(c.candidateHandle()) ? 0 : 1);
    // List.sort is stable: apart from the pins, the ranking's own order stays as it was.
    out.sort(
        byTier ? Comparator.comparing(MatchCard::tier).thenComparing(pinnedFirst) : pinnedFirst);
    return out;
  }
}
