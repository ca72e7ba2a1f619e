package org.talentbruecke.audit.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.talentbruecke.audit.application.AuditLog;
import org.talentbruecke.audit.application.AuditQuery;
import org.talentbruecke.audit.domain.AuditSort;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * The admin's audit page: a plain GET form of filters (the address can be bookmarked; the CSV link
 * carries the same filters) over a lazily loaded, sortable table, 25 entries a page.
 */
@Named
@ViewScoped
public class AdminAuditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AuditLog log;
  @Inject private FacesMessages messages;

  private String from;
  private String to;
  private String actor;
  private String type;
  private AuditQuery query = AuditQuery.NONE;
  private final Entries entries = new Entries();

  /** Checks the filters; bad ones are named at the top and the whole trail is shown. */
  public void load() {
    try {
      query = AuditQuery.parse(from, to, actor, type);
    } catch (ValidationFailure e) {
      query = AuditQuery.NONE;
      messages.show(e, field -> null);
    }
  }

  /** The rows of the table, loaded a page at a time. */
  public LazyDataModel<AuditLog.Row> getEntries() {
    return entries;
  }

  public List<String> getTypes() {
    return AuditTypes.ALL;
  }

  /** The CSV download's address (relative to the context root), with the filters shown. */
  public String getCsvPath() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("actor", actor);
    parameters.put("type", type);
    StringBuilder path = new StringBuilder("/api/v1/audit/csv");
    char separator = '?';
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      if (p.getValue() != null && !p.getValue().isBlank()) {
        path.append(separator)
            .append(p.getKey())
            .append('=')
            .append(URLEncoder.encode(p.getValue().strip(), StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return path.toString();
  }

  private final class Entries extends LazyDataModel<AuditLog.Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int)
          Math.min(Integer.MAX_VALUE, log.page(query, AuditSort.NEWEST_FIRST, 1, 0).total());
    }

    @Override
    public List<AuditLog.Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      AuditLog.Page page = log.page(query, sort(sortBy), pageSize, first);
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.rows();
    }

    @Override
    public String getRowKey(AuditLog.Row row) {
      return String.valueOf(row.id());
    }

    @Override
    public AuditLog.Row getRowData(String rowKey) {
      List<AuditLog.Row> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
  }

  static AuditSort sort(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return AuditSort.NEWEST_FIRST;
    }
    SortMeta first = sortBy.values().iterator().next();
    boolean ascending = first.getOrder() == SortOrder.ASCENDING;
    return switch (first.getField()) {
      case "type" -> AuditSort.TYPE;
      case "actorRole" -> AuditSort.ACTOR_ROLE;
      default -> ascending ? AuditSort.OLDEST_FIRST : AuditSort.NEWEST_FIRST;
    };
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }
}
