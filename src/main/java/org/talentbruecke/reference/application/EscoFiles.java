package org.talentbruecke.reference.application;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and validates ESCO CSV files: an uploaded export or the data shipped with the application.
 */
public interface EscoFiles {

  /** Reads a directory or a zip of ESCO CSV files (.csv or .csv.gz, any ESCO version from 1.1). */
  EscoDataSet read(Path directoryOrZip, String sourceName)
      throws EscoValidationException, IOException;

  /** Reads the distribution under src/main/resources/reference/esco. */
  EscoDataSet readShipped() throws EscoValidationException, IOException;

  /** The ESCO versions the shipped distribution was built from, e.g. "1.1.1+1.2.0+1.2.1". */
  String shippedVersion() throws IOException;
}
