package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.talentbruecke.matching.domain.AddedValueAssessor;

/**
 * The intercultural and multilingual service skills that count as added value, from {@code
 * /matching/service-skills.csv} (ESCO URIs with their English and German labels, see
 * docs/DATA-SOURCES.md), read once and handed to the {@link AddedValueAssessor}. Produced as a
 * dependent object of this application-scoped holder, like the reference catalogues.
 */
@ApplicationScoped
public class ServiceSkillList {
  static final String RESOURCE = "/matching/service-skills.csv";
  private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";

  private volatile AddedValueAssessor assessor;

  @Produces
  AddedValueAssessor addedValueAssessor() {
    AddedValueAssessor current = assessor;
    if (current == null) {
      current = new AddedValueAssessor(load());
      assessor = current;
    }
    return current;
  }

  /** The ESCO skill URIs of the list, in file order. */
  static Set<String> load() {
    try (InputStream in = ServiceSkillList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> read(Reader reader) throws IOException {
    Set<String> uris = new LinkedHashSet<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord row : format.parse(reader)) {
      String uri = row.get("conceptUri").strip();
      if (!uri.startsWith(ESCO_SKILL)) {
        throw new IllegalStateException("not an ESCO skill URI in " + RESOURCE + ": " + uri);
      }
      uris.add(uri);
    }
    return uris;
  }
}
