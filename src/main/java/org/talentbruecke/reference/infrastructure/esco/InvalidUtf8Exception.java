package org.talentbruecke.reference.infrastructure.esco;

import java.nio.charset.CharacterCodingException;

/**
 * Signals bytes that are not UTF-8, with the physical line and byte offset where decoding stopped.
 */
public final class InvalidUtf8Exception extends CharacterCodingException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final long byteOffset;
  private final int badByte;

  InvalidUtf8Exception(long line, long byteOffset, int badByte) {
    this.line = line;
    this.byteOffset = byteOffset;
    this.badByte = badByte;
  }

  public long line() {
    return line;
  }

  public long byteOffset() {
    return byteOffset;
  }

  @Override
  public String getMessage() {
    return String.format(
        "not valid UTF-8: byte 0x%02X at byte offset %d (line %d); "
            + "the file is probably in another encoding such as ISO-8859-1 or Windows-1252 - save it as UTF-8",
        badByte, byteOffset, line);
  }
}
