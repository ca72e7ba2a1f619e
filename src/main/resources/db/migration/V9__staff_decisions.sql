-- Human oversight of matching (issue 11): staff pin or exclude a candidate for an opening with a
-- written reason. Rows are never deleted: withdrawing a decision keeps it, marked with who
-- withdrew it and when, so the history of every decision stays readable. Portable SQL (Derby and
-- PostgreSQL).
CREATE SEQUENCE STAFF_DECISION_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE STAFF_DECISION (
  ID BIGINT NOT NULL PRIMARY KEY,
  OPENING_ID BIGINT NOT NULL,
  -- The pseudonymous handle shown to employers, and the job seeker's account it stood for when
  -- the decision was taken (staff may see who it is; employers never do).
  HANDLE VARCHAR(9) NOT NULL,
  CANDIDATE_ACCOUNT_ID BIGINT NOT NULL,
  -- PIN or EXCLUDE.
  KIND VARCHAR(10) NOT NULL,
  REASON VARCHAR(500) NOT NULL,
  DECIDED_BY BIGINT NOT NULL,
  DECIDED_AT TIMESTAMP NOT NULL,
  WITHDRAWN_BY BIGINT,
  WITHDRAWN_AT TIMESTAMP,
  VERSION BIGINT NOT NULL,
  CONSTRAINT STAFF_DECISION_OPENING_FK FOREIGN KEY (OPENING_ID) REFERENCES OPENING (ID),
  CONSTRAINT STAFF_DECISION_DECIDED_BY_FK FOREIGN KEY (DECIDED_BY) REFERENCES ACCOUNT (ID),
  CONSTRAINT STAFF_DECISION_WITHDRAWN_BY_FK FOREIGN KEY (WITHDRAWN_BY) REFERENCES ACCOUNT (ID)
);
CREATE INDEX STAFF_DECISION_OPENING_IX ON STAFF_DECISION (OPENING_ID);
