package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and fails on the first malformed byte instead of substituting U+FFFD, so a file
 * saved as ISO-8859-1 is rejected rather than imported with broken umlauts; it counts lines to say
 * where the bad byte is, and drops a leading byte-order mark.
 */
final class StrictUtf8Reader extends Reader {

  private static final int BUFFER_SIZE = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
  private long line = 1;
  private long bytesDecoded;
  private boolean endOfInput;
  private boolean finished;
  private boolean atStart = true;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    if (atStart) {
      atStart = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
        if (!chars.hasRemaining() && !fill()) {
          return -1;
        }
      }
    }
    int count = Math.min(length, chars.remaining());
    chars.get(target, offset, count);
    return count;
  }

  private boolean fill() throws IOException {
    if (finished) {
      return false;
    }
    chars.clear();
    while (chars.position() == 0) {
      if (!endOfInput) {
        readBytes();
      }
      int start = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      countLines(start, bytes.position());
      if (result.isError()) {
        throw new InvalidUtf8Exception(line, bytesDecoded, bytes.get(bytes.position()) & 0xFF);
      }
      if (endOfInput) {
        decoder.flush(chars);
        finished = true;
        break;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  private void countLines(int from, int to) {
    byte[] array = bytes.array();
    for (int i = from; i < to; i++) {
      if (array[i] == '\n') {
        line++;
      }
    }
    bytesDecoded += to - from;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
