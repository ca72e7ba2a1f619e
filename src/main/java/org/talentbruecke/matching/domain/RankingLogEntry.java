package org.talentbruecke.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One ranking as it was shown: who asked, when, which way, for which opening or profile handle, and
 * what the page held (handles or opening ids with their scores, best first). Written once, never
 * changed; deleted only when older than the retention period. Holds no name and no contact: the
 * asker is an account id, the candidates are handles.
 */
@Entity
@Table(name = "RANKING_LOG")
public class RankingLogEntry {
  /** The column's width; a longer result text is cut at an entry boundary and marked. */
  public static final int MAX_RESULTS = 4000;

  @Id
  @SequenceGenerator(
      name = "ranking_log_seq",
      sequenceName = "RANKING_LOG_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ranking_log_seq")
  private Long id;

  @Column(name = "SHOWN_AT", nullable = false, updatable = false)
  private Instant shownAt;

  @Column(name = "ACCOUNT_ID", updatable = false)
  private Long accountId;

  @Column(name = "ACCOUNT_ROLE", nullable = false, updatable = false, length = 20)
  private String role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private RankingDirection direction;

  @Column(name = "OPENING_ID", updatable = false)
  private Long openingId;

  @Column(name = "PROFILE_HANDLE", updatable = false, length = 9)
  private String profileHandle;

  @Column(nullable = false, updatable = false, length = MAX_RESULTS)
  private String results;

  @Column(name = "RESULT_COUNT", nullable = false, updatable = false)
  private int resultCount;

  @Column(name = "RESULT_TOTAL", nullable = false, updatable = false)
  private int total;

  @Column(name = "ALGORITHM_VERSION", nullable = false, updatable = false, length = 40)
  private String algorithmVersion;

  @Column(name = "SORT_ORDER", updatable = false, length = 10)
  private String sort;

  @Column(updatable = false, length = 300)
  private String filters;

  @Column(name = "PAGE_OFFSET", nullable = false, updatable = false)
  private int offset;

  protected RankingLogEntry() {}

  /** What a ranking showed; see the getters for the meaning of each value. */
  public record Shown(
      Instant at,
      Long accountId,
      String role,
      RankingDirection direction,
      Long openingId,
      String profileHandle,
      String results,
      int resultCount,
      int total,
      String algorithmVersion,
      String sort,
      String filters,
      int offset) {}

  public RankingLogEntry(Shown shown) {
    this.shownAt = Objects.requireNonNull(shown.at(), "at");
    this.accountId = shown.accountId();
    this.role = Objects.requireNonNull(shown.role(), "role");
    this.direction = Objects.requireNonNull(shown.direction(), "direction");
    this.openingId = shown.openingId();
    this.profileHandle = shown.profileHandle();
    this.results = shown.results();
    this.resultCount = shown.resultCount();
    this.total = shown.total();
    this.algorithmVersion = shown.algorithmVersion();
    this.sort = shown.sort();
    this.filters = shown.filters();
    this.offset = shown.offset();
  }

  public Shown shown() {
    return new Shown(
        shownAt,
        accountId,
        role,
        direction,
        openingId,
        profileHandle,
        results,
        resultCount,
        total,
        algorithmVersion,
        sort,
        filters,
        offset);
  }

  public Long getId() {
    return id;
  }
}
