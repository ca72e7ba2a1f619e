package org.talentbruecke.opening.domain;

/**
 * One page of the public list as a visitor asked for it: the filters, a keyword, the order and the
 * page.
 *
 * @param keyword searched in title and text, case-insensitive; null searches nothing
 * @param near the municipality (AGS) "nearest" is measured from; null when not sorting by distance
 * @param page the 1-based page number
 */
public record OpeningSearch(
    OpeningFilter filter, String keyword, OpeningSort sort, String near, int page, int pageSize) {

  /** How many openings the public list shows on one page. */
  public static final int PAGE_SIZE = 20;

  public int offset() {
    return (page - 1) * pageSize;
  }
}
