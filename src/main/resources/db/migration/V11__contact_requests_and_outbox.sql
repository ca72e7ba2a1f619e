-- Contact on consent (issue 12): an employer asks to contact an anonymised candidate for an
-- opening, or a job seeker shows interest in an opening; the other side accepts or declines, the
-- job seeker may withdraw. The public id (a random UUID) is the only id that leaves the server.
-- Erasing a job seeker's account deletes their rows. Portable SQL (Derby and PostgreSQL).
CREATE SEQUENCE CONTACT_REQUEST_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE CONTACT_REQUEST (
  ID BIGINT NOT NULL PRIMARY KEY,
  PUBLIC_ID VARCHAR(36) NOT NULL,
  OPENING_ID BIGINT NOT NULL,
  ORGANISATION_ID BIGINT NOT NULL,
  -- The job seeker: their account, their profile (the pipeline counts by profile) and the handle
  -- the employer knows them by.
  SEEKER_ACCOUNT_ID BIGINT NOT NULL,
  PROFILE_ID BIGINT NOT NULL,
  HANDLE VARCHAR(9) NOT NULL,
  -- EMPLOYER (asked to contact) or SEEKER (showed interest).
  INITIATOR VARCHAR(10) NOT NULL,
  -- The account that asked; null once an employer's account that asked is gone.
  REQUESTED_BY BIGINT,
  MESSAGE VARCHAR(500),
  -- PENDING, ACCEPTED, DECLINED or WITHDRAWN.
  STATE VARCHAR(10) NOT NULL,
  CREATED_AT TIMESTAMP NOT NULL,
  ANSWERED_AT TIMESTAMP,
  ANSWERED_BY BIGINT,
  WITHDRAWN_AT TIMESTAMP,
  -- What the job seeker chose to share: EMAIL, PHONE or COUNSELLOR, with the phone number or the
  -- counsellor's name and how to reach them (the e-mail address is read from the account).
  SHARED_CHANNEL VARCHAR(10),
  SHARED_DETAIL VARCHAR(200),
  VERSION BIGINT NOT NULL,
  CONSTRAINT CONTACT_REQUEST_PUBLIC_ID_UQ UNIQUE (PUBLIC_ID),
  CONSTRAINT CONTACT_REQUEST_OPENING_FK FOREIGN KEY (OPENING_ID) REFERENCES OPENING (ID)
);
CREATE INDEX CONTACT_REQUEST_SEEKER_IX ON CONTACT_REQUEST (SEEKER_ACCOUNT_ID);
CREATE INDEX CONTACT_REQUEST_ORGANISATION_IX ON CONTACT_REQUEST (ORGANISATION_ID);
CREATE INDEX CONTACT_REQUEST_OPENING_IX ON CONTACT_REQUEST (OPENING_ID, SEEKER_ACCOUNT_ID);

-- Mails kept instead of sent (demo and test mode); admins read them at /admin/outbox.xhtml.
CREATE SEQUENCE OUTBOX_MAIL_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE OUTBOX_MAIL (
  ID BIGINT NOT NULL PRIMARY KEY,
  CREATED_AT TIMESTAMP NOT NULL,
  RECEIVER VARCHAR(320) NOT NULL,
  LANGUAGE VARCHAR(16) NOT NULL,
  SUBJECT VARCHAR(300) NOT NULL,
  BODY VARCHAR(4000) NOT NULL
);
CREATE INDEX OUTBOX_MAIL_CREATED_IX ON OUTBOX_MAIL (CREATED_AT);
