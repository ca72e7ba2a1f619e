package org.talentbruecke.profile.infrastructure.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans (regular and bold), bundled under {@code /fonts}: one font family that has Latin,
 * Cyrillic and Arabic glyphs (with the Arabic presentation forms that shaping produces), so every
 * interface language prints without depending on the fonts of the server. Embedded as a subset.
 */
final class CvFonts {
  static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
  static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

  private CvFonts() {}

  private static BaseFont load(String resource) {
    try (InputStream in = CvFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the application: " + resource);
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          resource.substring(resource.lastIndexOf('/') + 1),
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          true,
          bytes,
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
