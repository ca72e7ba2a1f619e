package org.talentbruecke.opening.domain;

import java.util.List;

/**
 * One page of openings and how many openings matched in all.
 *
 * @param page the page actually shown (a page past the end is answered with the last one)
 */
public record OpeningResults(List<Opening> openings, long total, int page, int pageSize) {

  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
