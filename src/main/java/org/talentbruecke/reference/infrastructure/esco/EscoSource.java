package org.talentbruecke.reference.infrastructure.esco;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A place ESCO CSV files are read from: a directory or a zip as downloaded from the ESCO portal.
 */
public interface EscoSource extends Closeable {

  /** All regular files in the source, in a stable order. */
  List<Entry> entries() throws IOException;

  /** Opens a directory or a zip file, whichever the path is. */
  static EscoSource open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return new DirectoryEscoSource(path);
    }
    if (Files.isRegularFile(path)) {
      return new ZipEscoSource(path);
    }
    throw new IOException("no ESCO directory or zip at " + path);
  }

  /**
   * ESCO files packed into the application as class-path resources under {@code folder}, listed by
   * the VERSION.txt that EscoDistributionBuilder writes beside them.
   */
  static EscoSource fromClasspath(ClassLoader loader, String folder) {
    return new ClasspathEscoSource(loader, folder);
  }

  /** One file of the source; {@code name} is its path relative to the source, used in messages. */
  interface Entry {
    String name();

    /** Opens the raw bytes (still gzip-compressed for .gz names). */
    InputStream open() throws IOException;
  }
}
