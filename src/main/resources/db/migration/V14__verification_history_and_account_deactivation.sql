-- Staff verification with a kept history, and deactivated accounts (issues 12 and 14).
-- Portable SQL (Derby and PostgreSQL).

-- What staff check besides the address: the register entry and a contact.
ALTER TABLE ORGANISATION ADD COLUMN REGISTER_ENTRY VARCHAR(100);
ALTER TABLE ORGANISATION ADD COLUMN CONTACT_PHONE VARCHAR(40);
ALTER TABLE ORGANISATION ADD COLUMN CONTACT_EMAIL VARCHAR(254);

-- Every verification, rejection (with reason), request for details (with the message) and every
-- answer or change that sent an organisation back to staff. Rows are only added, never changed.
-- The actor is a staff member's or an employer user's account; no foreign key to ACCOUNT, so that
-- deleting a person's account (GDPR erasure) never has to rewrite this history.
CREATE SEQUENCE VERIFICATION_RECORD_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE VERIFICATION_RECORD (
  ID BIGINT NOT NULL PRIMARY KEY,
  ORGANISATION_ID BIGINT NOT NULL,
  STEP VARCHAR(30) NOT NULL,
  ACTOR_ACCOUNT_ID BIGINT,
  RECORDED_AT TIMESTAMP NOT NULL,
  MESSAGE VARCHAR(1000),
  CHANGED_FIELDS VARCHAR(200),
  CONSTRAINT VERIFICATION_RECORD_ORGANISATION_FK FOREIGN KEY (ORGANISATION_ID)
    REFERENCES ORGANISATION (ID)
);
CREATE INDEX VERIFICATION_RECORD_ORGANISATION_IX ON VERIFICATION_RECORD (ORGANISATION_ID);

-- An admin deactivates an account: it cannot sign in until reactivated. Null = active.
ALTER TABLE ACCOUNT ADD COLUMN DEACTIVATED_AT TIMESTAMP;
ALTER TABLE ACCOUNT ADD COLUMN DEACTIVATED_BY BIGINT;
-- The admin accounts page filters by role and pages through 100,000 accounts in the database.
CREATE INDEX ACCOUNT_ROLE_IX ON ACCOUNT (ROLE);
CREATE INDEX ACCOUNT_DISPLAY_NAME_IX ON ACCOUNT (DISPLAY_NAME);
