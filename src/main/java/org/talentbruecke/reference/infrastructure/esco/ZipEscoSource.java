package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * ESCO files inside a zip. ESCO's own zips use streamed entries (sizes in trailing data
 * descriptors), which some tools list as empty; {@link ZipFile} reads them correctly from the
 * central directory.
 */
final class ZipEscoSource implements EscoSource {

  private final ZipFile zip;

  ZipEscoSource(Path path) throws IOException {
    this.zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
  }

  @Override
  public List<Entry> entries() {
    return Collections.list(zip.entries()).stream()
        .filter(e -> !e.isDirectory())
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .map(this::entry)
        .collect(Collectors.toList());
  }

  private Entry entry(ZipEntry zipEntry) {
    return new Entry() {
      @Override
      public String name() {
        return zipEntry.getName();
      }

      @Override
      public InputStream open() throws IOException {
        return zip.getInputStream(zipEntry);
      }
    };
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
