package org.talentbruecke.region.application;

import java.util.List;

/**
 * One table of the dashboard as plain text cells, for exports: its title, the column titles and the
 * rows (suppressed figures already written as "&lt; 5").
 */
public record ReportTable(String title, List<String> columns, List<List<String>> rows) {
  public ReportTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
