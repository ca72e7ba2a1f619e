package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * ESCO files in a directory; sub-directories are searched too because unpacked downloads often add
 * one level.
 */
final class DirectoryEscoSource implements EscoSource {

  private static final int MAX_DEPTH = 3;

  private final Path root;

  DirectoryEscoSource(Path root) {
    this.root = root;
  }

  @Override
  public List<Entry> entries() throws IOException {
    try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
      return files
          .filter(Files::isRegularFile)
          .map(root::relativize)
          .sorted()
          .map(this::entry)
          .collect(Collectors.toList());
    }
  }

  private Entry entry(Path relative) {
    String name = relative.toString().replace('\\', '/');
    Path file = root.resolve(relative);
    return new Entry() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }
    };
  }

  @Override
  public void close() {
    // nothing held open between reads
  }
}
