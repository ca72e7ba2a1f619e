-- Opening requirements from the shared vocabulary: ESCO occupation, must-have and nice-to-have ESCO
-- skills, minimum experience, qualification with its EQF level, the recognition the employer needs,
-- and languages other than German with a CEFR level.
-- Portable SQL (Derby and PostgreSQL); one column per ALTER because Derby adds only one at a time.
-- ESCO URIs are not foreign keys: the ESCO tables belong to the reference context, which never
-- deletes a concept, and the application checks every URI before it stores one.

ALTER TABLE OPENING ADD COLUMN OCCUPATION_URI VARCHAR(255);
ALTER TABLE OPENING ADD COLUMN MIN_EXPERIENCE_YEARS INTEGER;
ALTER TABLE OPENING ADD COLUMN QUALIFICATION VARCHAR(200);
-- EQF/DQR level 1..8 of the qualification asked for.
ALTER TABLE OPENING ADD COLUMN QUALIFICATION_EQF INTEGER;
-- FULL_REQUIRED or IN_PROGRESS_ACCEPTED; empty means the employer said nothing.
ALTER TABLE OPENING ADD COLUMN RECOGNITION VARCHAR(30);

CREATE INDEX OPENING_OCCUPATION_IX ON OPENING (OCCUPATION_URI);

-- No primary key on purpose: JPA replaces these rows as a whole collection, and a key over
-- (opening, skill) would make a skill that moves from nice-to-have to must-have collide with
-- its own old row inside one commit.
CREATE TABLE OPENING_SKILL (
  OPENING_ID BIGINT NOT NULL,
  SKILL_URI VARCHAR(255) NOT NULL,
  MUST_HAVE BOOLEAN NOT NULL,
  CONSTRAINT OPENING_SKILL_OPENING_FK FOREIGN KEY (OPENING_ID) REFERENCES OPENING (ID)
);
CREATE INDEX OPENING_SKILL_OPENING_IX ON OPENING_SKILL (OPENING_ID);

CREATE TABLE OPENING_LANGUAGE (
  OPENING_ID BIGINT NOT NULL,
  LANGUAGE_CODE VARCHAR(8) NOT NULL,
  CEFR_LEVEL VARCHAR(2) NOT NULL,
  CONSTRAINT OPENING_LANGUAGE_OPENING_FK FOREIGN KEY (OPENING_ID) REFERENCES OPENING (ID)
);
CREATE INDEX OPENING_LANGUAGE_OPENING_IX ON OPENING_LANGUAGE (OPENING_ID);
