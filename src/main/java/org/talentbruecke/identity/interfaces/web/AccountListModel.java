package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.domain.AccountOrder;
import org.talentbruecke.identity.domain.Role;

/**
 * The admin's account list, one page at a time: search, role filter, order and paging happen in the
 * database (limit/offset), so 100,000 accounts cost one small query per page.
 */
public class AccountListModel extends LazyDataModel<AccountRow> {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final Role role;

  AccountListModel(String text, Role role) {
    this.text = text;
    this.role = role;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, service().count(text, role));
  }

  @Override
  public List<AccountRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    AccountService service = service();
    return service.search(text, role, order(sortBy), first, pageSize).stream()
        .map(a -> AccountRow.of(a, service.isThrottled(a.getId())))
        .toList();
  }

  // Looked up on each use: the model lives in a view-scoped bean and must stay serialisable.
  private static AccountService service() {
    return CDI.current().select(AccountService.class).get();
  }

  @Override
  public String getRowKey(AccountRow row) {
    return String.valueOf(row.id());
  }

  static AccountOrder order(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return AccountOrder.EMAIL;
    }
    SortMeta sort = sortBy.values().iterator().next();
    boolean descending = sort.getOrder() == SortOrder.DESCENDING;
    String field = sort.getField() == null ? "" : sort.getField();
    return switch (field) {
      case "displayName" -> descending ? AccountOrder.NAME_DESC : AccountOrder.NAME;
      case "role" -> descending ? AccountOrder.ROLE_DESC : AccountOrder.ROLE;
      case "createdAt" -> descending ? AccountOrder.NEWEST : AccountOrder.OLDEST;
      default -> descending ? AccountOrder.EMAIL_DESC : AccountOrder.EMAIL;
    };
  }
}
