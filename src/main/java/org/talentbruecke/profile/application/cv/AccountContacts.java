package org.talentbruecke.profile.application.cv;

import java.util.Optional;

/** The name and e-mail address of an account, as the person registered them. */
public interface AccountContacts {
  record Contact(String name, String email) {}

  Optional<Contact> of(long accountId);
}
