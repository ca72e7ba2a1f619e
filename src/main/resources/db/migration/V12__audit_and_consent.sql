-- Audit trail and consent records (issue 12). Portable SQL (Derby and PostgreSQL).
--
-- AUDIT_ENTRY is append-only: the application inserts rows and never updates or deletes them
-- (decision 043; on PostgreSQL a trigger or revoked UPDATE/DELETE privileges can enforce it).
-- Entries name people only by a pseudonym; AUDIT_PERSON links a pseudonym to its account. Erasing
-- an account deletes its AUDIT_PERSON row, so its entries keep only the pseudonym.
CREATE SEQUENCE AUDIT_ENTRY_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE AUDIT_ENTRY (
  ID BIGINT NOT NULL PRIMARY KEY,
  OCCURRED_AT TIMESTAMP NOT NULL,
  -- An open set of codes (SIGN_IN, CHANGE, DATA_EXPORTED, PROFILE_VIEWED, ...): see AuditTypes.
  ENTRY_TYPE VARCHAR(40) NOT NULL,
  -- Who acted: pseudonym, role (JOB_SEEKER, EMPLOYER, STAFF, ADMIN, NONE) and, for an employer,
  -- the organisation. No pseudonym for an unknown or anonymous actor.
  ACTOR VARCHAR(20),
  ACTOR_ROLE VARCHAR(20) NOT NULL,
  ACTOR_ORGANISATION_ID BIGINT,
  -- Whom the entry is about (the person whose data it concerns), if anyone.
  SUBJECT VARCHAR(20),
  -- What was touched: entity name, its id, the field, old and new value (values only for fields
  -- that are not personal; personal details are recorded as changed without values).
  ENTITY VARCHAR(40),
  ENTITY_ID VARCHAR(40),
  FIELD VARCHAR(60),
  OLD_VALUE VARCHAR(200),
  NEW_VALUE VARCHAR(200),
  DETAILS VARCHAR(500),
  -- Profile views: viewer, subject and day, so that one view a day is kept.
  DAY_KEY VARCHAR(120)
);
CREATE INDEX AUDIT_ENTRY_AT_IX ON AUDIT_ENTRY (OCCURRED_AT);
CREATE INDEX AUDIT_ENTRY_ACTOR_IX ON AUDIT_ENTRY (ACTOR);
CREATE INDEX AUDIT_ENTRY_SUBJECT_IX ON AUDIT_ENTRY (SUBJECT);
CREATE INDEX AUDIT_ENTRY_DAY_KEY_IX ON AUDIT_ENTRY (DAY_KEY);

-- No foreign key to ACCOUNT: the row goes with the account (erasure), and the audit entries stay.
CREATE TABLE AUDIT_PERSON (
  PSEUDONYM VARCHAR(20) NOT NULL PRIMARY KEY,
  ACCOUNT_ID BIGINT NOT NULL,
  CONSTRAINT AUDIT_PERSON_ACCOUNT_UNIQUE UNIQUE (ACCOUNT_ID)
);

-- What a person agreed to, when, and when they withdrew it. KIND is an open set:
-- PRIVACY_NOTICE (SCOPE = notice version), PROFILE_VISIBILITY (SCOPE = STAFF_ONLY or
-- ANONYMOUS_TO_VERIFIED_EMPLOYERS); sharing with a named organisation comes with contact requests.
CREATE SEQUENCE CONSENT_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE CONSENT (
  ID BIGINT NOT NULL PRIMARY KEY,
  ACCOUNT_ID BIGINT NOT NULL,
  KIND VARCHAR(40) NOT NULL,
  SCOPE VARCHAR(100) NOT NULL,
  GIVEN_AT TIMESTAMP NOT NULL,
  WITHDRAWN_AT TIMESTAMP,
  VERSION BIGINT NOT NULL,
  CONSTRAINT CONSENT_ACCOUNT_FK FOREIGN KEY (ACCOUNT_ID) REFERENCES ACCOUNT (ID)
);
CREATE INDEX CONSENT_ACCOUNT_IX ON CONSENT (ACCOUNT_ID);
