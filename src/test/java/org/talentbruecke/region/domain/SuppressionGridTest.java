package org.talentbruecke.region.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionGridTest {

  private static long shown(Figure f) {
    assertThat(f.suppressed()).as("shown").isFalse();
    return f.value();
  }

  @Test
  void countsOfOneToFourPeopleAreHiddenZeroAndFiveAreShown() {
    SuppressionGrid g = SuppressionGrid.of(new long[][] {{0, 5, 20, 30}}).protect();
    assertThat(shown(g.cell(0, 0))).isZero();
    assertThat(shown(g.cell(0, 1))).isEqualTo(5);
    assertThat(shown(g.rowTotal(0))).isEqualTo(55);

    SuppressionGrid small = SuppressionGrid.of(new long[][] {{1}, {4}, {5}}).protect();
    assertThat(small.cell(0, 0)).isEqualTo(Figure.suppressedFigure());
    assertThat(small.cell(1, 0).suppressed()).isTrue();
    assertThat(small.rowTotal(1).suppressed()).isTrue();
    assertThat(shown(small.cell(2, 0))).isEqualTo(5);
  }

  /**
   * The differencing case: a language spoken by 2 people in one municipality and 40 in the other
   * 20. Without secondary suppression the region's 42 minus the 40 shown elsewhere reveals the 2.
   */
  @Test
  void aHiddenMunicipalityCannotBeWorkedOutFromTheRegionTotalMinusTheOthers() {
    long[][] counts = {{2, 40, 0}};
    SuppressionGrid g = SuppressionGrid.of(counts).protect();

    assertThat(g.cell(0, 0).suppressed()).isTrue();
    assertThat(g.cell(0, 1).suppressed()).as("hidden as well, secondary").isTrue();
    assertThat(shown(g.cell(0, 2))).isZero();
    assertThat(shown(g.rowTotal(0))).isEqualTo(42);
    assertNothingCanBeSubtracted(g, counts);
  }

  @Test
  void twoSmallHiddenCountsThatAddUpToTooFewGetALargerCompanion() {
    // 1 + 1 hidden, region total 32 shown: 32 - 30 = 2 would say "both are 1".
    long[][] counts = {{1, 1, 30}};
    SuppressionGrid g = SuppressionGrid.of(counts).protect();
    assertThat(g.cell(0, 2).suppressed()).isTrue();
    assertThat(shown(g.rowTotal(0))).isEqualTo(32);
  }

  @Test
  void theSmallestShownPartIsTheOneHiddenSecondarily() {
    long[][] counts = {{3, 50, 9, 20}};
    SuppressionGrid g = SuppressionGrid.of(counts).protect();
    assertThat(g.cell(0, 0).suppressed()).isTrue();
    assertThat(g.cell(0, 2).suppressed()).as("9 is the smallest shown part").isTrue();
    assertThat(shown(g.cell(0, 1))).isEqualTo(50);
    assertThat(shown(g.cell(0, 3))).isEqualTo(20);
  }

  @Test
  void whenNoPartIsLeftToHideTheTotalGoes() {
    // 3 and 6: hiding both still leaves 9 = 3 + 6 to pin down; the total must go.
    SuppressionGrid g = SuppressionGrid.of(new long[][] {{3, 6}}).protect();
    assertThat(g.cell(0, 0).suppressed()).isTrue();
    assertThat(g.cell(0, 1).suppressed()).isTrue();
    assertThat(g.rowTotal(0).suppressed()).isTrue();
  }

  /**
   * German levels by municipality: the rows divide the people, so each municipality's column adds
   * up to its head count, shown elsewhere. A hidden level must not be the head count minus the
   * other levels, nor the region's level total minus the other municipalities.
   */
  @Test
  void rowsThatDivideThePeopleAreProtectedInBothDirections() {
    long[][] counts = {
      {2, 10, 12},
      {20, 30, 25},
      {15, 0, 40}
    };
    SuppressionGrid g = SuppressionGrid.of(counts).rowsDivideThePeople().protect();
    assertThat(g.cell(0, 0).suppressed()).isTrue();
    assertNothingCanBeSubtracted(g, counts);
    for (int c = 0; c < 3; c++) {
      assertThat(columnIsSafe(g, counts, c)).as("column " + c).isTrue();
    }
  }

  @Test
  void totalsShownElsewhereStayAsTheyAreAndPartsAreHiddenInstead() {
    long[][] counts = {{2, 30}, {30, 30}};
    boolean[] headCountHidden = {false, false};
    SuppressionGrid g =
        SuppressionGrid.of(counts)
            .rowsDivideThePeople()
            .totalsShownElsewhere(headCountHidden, false)
            .protect();
    assertThat(shown(g.columnTotal(0))).isEqualTo(32);
    assertThat(shown(g.grandTotal())).isEqualTo(92);
    assertThat(g.cell(0, 0).suppressed()).isTrue();
    assertThat(g.cell(1, 0).suppressed()).as("else 32 - 30 = 2").isTrue();
    assertThat(columnIsSafe(g, counts, 0)).isTrue();
  }

  @Test
  void aCellHiddenForAnotherReasonIsProtectedLikeASmallOne() {
    long[][] counts = {{7, 40, 40}};
    SuppressionGrid g = SuppressionGrid.of(counts).hide(0, 0).protect();
    assertThat(g.cell(0, 0).suppressed()).isTrue();
    assertNothingCanBeSubtracted(g, counts);
  }

  @Test
  void negativeCountsAndRaggedRowsAreRefused() {
    assertThatThrownBy(() -> SuppressionGrid.of(new long[][] {{-1}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SuppressionGrid.of(new long[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Random tables: in every row sum with a shown total, hidden non-empty parts are either none or
   * at least two holding at least 10 people, so no hidden count equals "total minus shown parts".
   */
  @Test
  void noRowOfARandomTableLetsAHiddenCountBeSubtracted() {
    java.util.Random random = new java.util.Random(50);
    for (int round = 0; round < 500; round++) {
      int rows = 1 + random.nextInt(4);
      int columns = 2 + random.nextInt(6);
      long[][] counts = new long[rows][columns];
      for (long[] row : counts) {
        for (int c = 0; c < columns; c++) {
          row[c] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
        }
      }
      SuppressionGrid g = SuppressionGrid.of(counts).rowsDivideThePeople().protect();
      assertNothingCanBeSubtracted(g, counts);
      for (int c = 0; c < columns; c++) {
        assertThat(columnIsSafe(g, counts, c)).isTrue();
      }
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          if (counts[r][c] > 0 && counts[r][c] < 5) {
            assertThat(g.cell(r, c).suppressed()).isTrue();
          }
        }
      }
    }
  }

  private static void assertNothingCanBeSubtracted(SuppressionGrid g, long[][] counts) {
    for (int r = 0; r < counts.length; r++) {
      if (g.rowTotal(r).suppressed()) {
        continue;
      }
      int hidden = 0;
      long hiddenPeople = 0;
      for (int c = 0; c < counts[r].length; c++) {
        if (g.cell(r, c).suppressed() && counts[r][c] > 0) {
          hidden++;
          hiddenPeople += counts[r][c];
        }
      }
      assertThat(hidden == 0 || (hidden >= 2 && hiddenPeople >= 10))
          .as("row %d: %d hidden with %d people", r, hidden, hiddenPeople)
          .isTrue();
    }
  }

  private static boolean columnIsSafe(SuppressionGrid g, long[][] counts, int c) {
    if (g.columnTotal(c).suppressed()) {
      return true;
    }
    int hidden = 0;
    long hiddenPeople = 0;
    for (int r = 0; r < counts.length; r++) {
      if (g.cell(r, c).suppressed() && counts[r][c] > 0) {
        hidden++;
        hiddenPeople += counts[r][c];
      }
    }
    return hidden == 0 || (hidden >= 2 && hiddenPeople >= 10);
  }
}
