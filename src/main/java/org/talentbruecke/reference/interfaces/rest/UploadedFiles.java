package org.talentbruecke.reference.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;

/**
 * Keeps an uploaded ESCO export in a temporary file, because a zip can only be read with random
 * access; refuses uploads larger than any official ESCO export.
 */
@ApplicationScoped
public class UploadedFiles {
  /** All languages of ESCO 1.2 as CSV are about 220 MB unpacked and far less zipped. */
  public static final long MAX_BYTES = 512L * 1024 * 1024;

  public Path save(InputStream body) {
    try {
      Path file = Files.createTempFile("esco-upload-", ".zip");
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
          total += n;
          if (total > MAX_BYTES) {
            delete(file);
            throw new ProblemException(
                ProblemType.VALIDATION,
                "The upload is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
          }
          out.write(buffer, 0, n);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the upload", e);
    }
  }

  public void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a left-over temporary file is harmless; the import result matters more
    }
  }
}
