package org.talentbruecke.matching.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Pages of 20 over a ranking, numbered from 1; a page number that is no number means page 1. */
final class Paging {
  static final int SIZE = 20;

  private Paging() {}

  static int page(String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static int offset(int page) {
    return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * SIZE);
  }

  static int pages(int total) {
    return Math.max(1, (total + SIZE - 1) / SIZE);
  }

  /** The page numbers to link: the first, the last, and two either side of the current one. */
  static List<Integer> links(int current, int pages) {
    List<Integer> out = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      if (p == 1 || p == pages || Math.abs(p - current) <= 2) {
        out.add(p);
      }
    }
    return out;
  }

  static void append(StringBuilder query, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
