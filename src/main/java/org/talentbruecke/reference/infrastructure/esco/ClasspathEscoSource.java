package org.talentbruecke.reference.infrastructure.esco;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ESCO files shipped inside the application (a jar or WAR), listed by the VERSION.txt written next
 * to them, because a class loader cannot list the files of a resource folder.
 */
final class ClasspathEscoSource implements EscoSource {

  private static final String FILE_PREFIX = "file:";

  private final ClassLoader loader;
  private final String folder;

  ClasspathEscoSource(ClassLoader loader, String folder) {
    this.loader = loader;
    this.folder = folder.endsWith("/") ? folder : folder + "/";
  }

  @Override
  public List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (String name : listedFiles()) {
      String resource = folder + name;
      entries.add(
          new Entry() {
            @Override
            public String name() {
              return name;
            }

            @Override
            public InputStream open() throws IOException {
              InputStream in = loader.getResourceAsStream(resource);
              if (in == null) {
                throw new IOException(
                    "listed in "
                        + VersionManifest.FILE_NAME
                        + " but not on the classpath: "
                        + resource);
              }
              return in;
            }
          });
    }
    return entries;
  }

  private List<String> listedFiles() throws IOException {
    String manifest = folder + VersionManifest.FILE_NAME;
    InputStream in = loader.getResourceAsStream(manifest);
    if (in == null) {
      throw new IOException("no " + manifest + " on the classpath");
    }
    List<String> names = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(FILE_PREFIX)) {
          names.add(line.substring(FILE_PREFIX.length()).trim());
        }
      }
    }
    return names;
  }

  @Override
  public void close() {
    // streams are closed by the reader after each file
  }
}
