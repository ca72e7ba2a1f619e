-- Every ranking shown is logged (EU AI Act: matching for employment is high-risk, so rankings
-- must be traceable): when, who asked (account and role), in which direction, for which opening or
-- profile handle, what was shown (handles or opening ids with their scores, in order), under which
-- algorithm version, sort and filters. Entries older than the configured retention
-- (talentbruecke.matching.log-retention-days) are deleted. Portable SQL (Derby and PostgreSQL).
CREATE SEQUENCE RANKING_LOG_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE RANKING_LOG (
  ID BIGINT NOT NULL PRIMARY KEY,
  SHOWN_AT TIMESTAMP NOT NULL,
  -- No foreign key: the log must outlive an account that asked.
  ACCOUNT_ID BIGINT,
  ACCOUNT_ROLE VARCHAR(20) NOT NULL,
  -- CANDIDATES_FOR_OPENING or OPENINGS_FOR_PROFILE.
  DIRECTION VARCHAR(30) NOT NULL,
  OPENING_ID BIGINT,
  PROFILE_HANDLE VARCHAR(9),
  -- Compact text, best first: "7F3K-9QXZ:87.5 F;..." (handle or opening id, score, tier F/C, and
  -- P for a staff pin).
  RESULTS VARCHAR(4000) NOT NULL,
  RESULT_COUNT INTEGER NOT NULL,
  RESULT_TOTAL INTEGER NOT NULL,
  ALGORITHM_VERSION VARCHAR(40) NOT NULL,
  SORT_ORDER VARCHAR(10),
  FILTERS VARCHAR(300),
  PAGE_OFFSET INTEGER NOT NULL
);
CREATE INDEX RANKING_LOG_OPENING_IX ON RANKING_LOG (OPENING_ID);
CREATE INDEX RANKING_LOG_SHOWN_AT_IX ON RANKING_LOG (SHOWN_AT);
