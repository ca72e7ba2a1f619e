package org.talentbruecke.opening.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentbruecke.opening.domain.OpeningSearch;
import org.talentbruecke.opening.domain.OpeningSort;

/** Page, order and keyword of the public list: bad input falls back to defaults, never fails. */
class OpeningFilterParserTest {
  private final OpeningFilterParser parser = new OpeningFilterParser();

  @Test
  void pageIsAPositiveWholeNumberOrTheFirstPage() {
    assertThat(OpeningFilterParser.page("3")).isEqualTo(3);
    assertThat(OpeningFilterParser.page(" 2 ")).isEqualTo(2);
    assertThat(OpeningFilterParser.page("-1")).isEqualTo(1);
    assertThat(OpeningFilterParser.page("0")).isEqualTo(1);
    assertThat(OpeningFilterParser.page("x")).isEqualTo(1);
    assertThat(OpeningFilterParser.page("1.5")).isEqualTo(1);
    assertThat(OpeningFilterParser.page("99999999999")).isEqualTo(1);
    assertThat(OpeningFilterParser.page(null)).isEqualTo(1);
    assertThat(OpeningFilterParser.page("")).isEqualTo(1);
  }

  @Test
  void unknownOrMissingOrderIsNewestFirst() {
    assertThat(OpeningFilterParser.sort("closing_soon")).isEqualTo(OpeningSort.CLOSING_SOON);
    assertThat(OpeningFilterParser.sort("NEAREST")).isEqualTo(OpeningSort.NEAREST);
    assertThat(OpeningFilterParser.sort("cheapest")).isEqualTo(OpeningSort.NEWEST);
    assertThat(OpeningFilterParser.sort("<script>")).isEqualTo(OpeningSort.NEWEST);
    assertThat(OpeningFilterParser.sort(null)).isEqualTo(OpeningSort.NEWEST);
  }

  @Test
  void keywordIsTrimmedCutAndBlankMeansNone() {
    assertThat(OpeningFilterParser.keyword("  Koch ")).isEqualTo("Koch");
    assertThat(OpeningFilterParser.keyword("   ")).isNull();
    assertThat(OpeningFilterParser.keyword(null)).isNull();
    assertThat(OpeningFilterParser.keyword("a".repeat(500)))
        .hasSize(OpeningFilterParser.MAX_KEYWORD);
  }

  @Test
  void wholeRequestWithBadPageAndOrderStillSearches() {
    OpeningSearch search = parser.search(null, "", null, null, " Pflege ", "bogus", null, "-1");

    assertThat(search.page()).isEqualTo(1);
    assertThat(search.offset()).isZero();
    assertThat(search.sort()).isEqualTo(OpeningSort.NEWEST);
    assertThat(search.keyword()).isEqualTo("Pflege");
    assertThat(search.pageSize()).isEqualTo(OpeningSearch.PAGE_SIZE);
  }

  @Test
  void nearestWithoutAPlaceIsNewestFirst() {
    OpeningSearch search = parser.search(null, null, null, null, null, "NEAREST", " ", "2");

    assertThat(search.sort()).isEqualTo(OpeningSort.NEWEST);
    assertThat(search.near()).isNull();
    assertThat(search.offset()).isEqualTo(OpeningSearch.PAGE_SIZE);
  }
}
