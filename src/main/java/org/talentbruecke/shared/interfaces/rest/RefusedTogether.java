package org.talentbruecke.shared.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * Runs a service call for a body already known to be invalid, only to collect the service's own
 * field errors, in a transaction that always ends in a rollback (the method never returns
 * normally).
 */
@ApplicationScoped
public class RefusedTogether {
  @Transactional
  public RuntimeException runAndRefuse(List<FieldError> found, Supplier<?> action) {
    List<FieldError> all = new ArrayList<>(found);
    try {
      action.get();
    } catch (ValidationFailure e) {
      Set<String> known = new HashSet<>();
      found.forEach(f -> known.add(f.field() + " " + f.messageKey()));
      for (FieldError error : e.errors()) {
        if (known.add(error.field() + " " + error.messageKey())) {
          all.add(error);
        }
      }
    }
    throw new ValidationFailure(all);
  }
}
