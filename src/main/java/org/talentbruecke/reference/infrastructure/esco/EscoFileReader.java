package org.talentbruecke.reference.infrastructure.esco;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.EscoFiles;
import org.talentbruecke.reference.application.EscoValidationException;
import org.talentbruecke.reference.application.EscoVersions;

/** Reads ESCO files with {@link EscoDistributionReader}; the shipped ones from the class path. */
@ApplicationScoped
public class EscoFileReader implements EscoFiles {
  static final String SHIPPED_FOLDER = "reference/esco";

  @Override
  public EscoDataSet read(Path directoryOrZip, String sourceName)
      throws EscoValidationException, IOException {
    try (EscoSource source = EscoSource.open(directoryOrZip)) {
      return new EscoDistributionReader().read(source, sourceName);
    }
  }

  @Override
  public EscoDataSet readShipped() throws EscoValidationException, IOException {
    try (EscoSource source = EscoSource.fromClasspath(loader(), SHIPPED_FOLDER)) {
      return new EscoDistributionReader().read(source, SHIPPED_FOLDER);
    }
  }

  @Override
  public String shippedVersion() throws IOException {
    try (InputStream in =
        loader().getResourceAsStream(SHIPPED_FOLDER + "/" + VersionManifest.FILE_NAME)) {
      if (in == null) {
        throw new IOException("The shipped ESCO data is missing from the application");
      }
      return EscoVersions.fromManifest(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private ClassLoader loader() {
    return EscoFileReader.class.getClassLoader();
  }
}
