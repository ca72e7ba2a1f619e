-- Corrections of published openings (issue 14). Before a change to a published opening goes live,
-- the text and terms job seekers saw until then are copied here, so every earlier version stays
-- readable with the time it was online. Rows are never changed or deleted while the opening
-- exists. Portable SQL (Derby and PostgreSQL).
CREATE SEQUENCE OPENING_VERSION_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE OPENING_VERSION (
  ID BIGINT NOT NULL PRIMARY KEY,
  OPENING_ID BIGINT NOT NULL,
  -- 1 for the text first published, 2 for the text of the first correction, and so on.
  VERSION_NUMBER INTEGER NOT NULL,
  TITLE VARCHAR(200) NOT NULL,
  DESCRIPTION VARCHAR(20000),
  -- The terms and requirements of that version as JSON (municipality, hours, pay, skills, ...).
  TERMS VARCHAR(20000),
  -- From when to when this version was online, and who replaced it.
  LIVE_FROM TIMESTAMP NOT NULL,
  REPLACED_AT TIMESTAMP NOT NULL,
  REPLACED_BY BIGINT NOT NULL,
  CONSTRAINT OPENING_VERSION_OPENING_FK FOREIGN KEY (OPENING_ID) REFERENCES OPENING (ID),
  CONSTRAINT OPENING_VERSION_NUMBER_UQ UNIQUE (OPENING_ID, VERSION_NUMBER)
);
