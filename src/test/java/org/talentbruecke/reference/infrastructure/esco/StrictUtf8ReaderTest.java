package org.talentbruecke.reference.infrastructure.esco;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding with the location of the first bad byte. */
class StrictUtf8ReaderTest {

  @Test
  void decodesMultiByteCharactersSplitAcrossBufferBoundaries() throws IOException {
    // 'ä' is two bytes, so with an odd prefix one of them straddles the 64 KiB read buffer
    String text = "x" + "Bäcker/Bäckerin, Straße – 職業\n".repeat(20_000);

    assertThat(readAll(text.getBytes(UTF_8))).isEqualTo(text);
  }

  @Test
  void dropsALeadingByteOrderMark() throws IOException {
    assertThat(readAll("\uFEFFconceptType,conceptUri".getBytes(UTF_8)))
        .isEqualTo("conceptType,conceptUri");
  }

  @Test
  void reportsLineAndOffsetOfTheFirstNonUtf8ByteFarIntoTheFile() {
    String line = "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,Backen\n";
    String text = line.repeat(3_000) + "Bäcker\n";
    byte[] utf8Part = line.repeat(3_000).getBytes(UTF_8);
    byte[] bytes = text.getBytes(ISO_8859_1);

    InvalidUtf8Exception failure =
        catchThrowableOfType(InvalidUtf8Exception.class, () -> readAll(bytes));

    assertThat(failure.line()).isEqualTo(3_001);
    assertThat(failure.byteOffset()).isEqualTo(utf8Part.length + 1);
    assertThat(failure.getMessage()).contains("0xE4", "line 3001");
  }

  @Test
  void rejectsTruncatedSequenceAtEndOfInput() {
    byte[] bytes = {'a', 'b', (byte) 0xC3};

    assertThat(catchThrowableOfType(InvalidUtf8Exception.class, () -> readAll(bytes)).line())
        .isEqualTo(1);
  }

  private static String readAll(byte[] bytes) throws IOException {
    try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
      StringWriter out = new StringWriter();
      reader.transferTo(out);
      return out.toString();
    }
  }
}
