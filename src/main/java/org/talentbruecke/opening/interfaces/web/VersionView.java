package org.talentbruecke.opening.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.talentbruecke.opening.domain.OpeningVersion;

/**
 * An earlier version of an opening as the employer's pages list it: its number, title and from when
 * to when it was online (Faces 4 EL cannot read record accessors, and view state must serialise).
 */
public final class VersionView implements Serializable {
  private static final long serialVersionUID = 1L;
  private final int number;
  private final String title;
  private final Instant liveFrom;
  private final Instant replacedAt;

  VersionView(OpeningVersion v) {
    this.number = v.getNumber();
    this.title = v.getTitle();
    this.liveFrom = v.getLiveFrom();
    this.replacedAt = v.getReplacedAt();
  }

  static List<VersionView> of(List<OpeningVersion> versions) {
    return versions.stream().map(VersionView::new).toList();
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public Instant getLiveFrom() {
    return liveFrom;
  }

  public Instant getReplacedAt() {
    return replacedAt;
  }
}
