package org.talentbruecke.shared.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * Checks every JSON request body once, before any resource reads it, for what the JSON binding
 * silently accepts: bytes that are not UTF-8 (they would be stored as U+FFFD), NUL characters and
 * unpaired surrogates (escaped as {@code \u0000}, {@code \ud800}), and keys given twice in one
 * object (the binding keeps the last one, so a checker and the stored value could disagree).
 *
 * <p>Bad characters answer 400 naming the field (a validation problem); a duplicate key is a
 * malformed request naming the key.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {
  static final String INVALID_CHARACTERS = "validation.invalidCharacters";
  private static final char REPLACEMENT = '\uFFFD';

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().toLowerCase().endsWith("json")) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    try {
      check(body);
    } catch (DuplicateKey e) {
      throw new ProblemException(ProblemType.MALFORMED_REQUEST, e.getMessage());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Throws {@link ValidationFailure} or {@link DuplicateKey} when the body breaks a rule. */
  static void check(byte[] body) {
    if (body.length == 0) {
      return;
    }
    boolean validUtf8 = true;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      validUtf8 = false;
      // Decoded leniently only to find the field that held the bad bytes.
      text = new String(body, StandardCharsets.UTF_8);
    }
    Optional<String> badField = walk(text, validUtf8);
    if (badField.isPresent()) {
      throw ValidationFailure.of(badField.get(), INVALID_CHARACTERS);
    }
    if (!validUtf8) {
      throw ValidationFailure.of("body", INVALID_CHARACTERS);
    }
  }

  /** The first field (dotted path) whose key or value holds a forbidden character. */
  private static Optional<String> walk(String text, boolean validUtf8) {
    Deque<Set<String>> objectKeys = new ArrayDeque<>();
    Deque<String> path = new ArrayDeque<>();
    String lastKey = null;
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            path.push(lastKey == null ? "" : lastKey);
            objectKeys.push(new HashSet<>());
            lastKey = null;
          }
          case END_OBJECT, END_ARRAY -> {
            objectKeys.pop();
            path.pop();
            lastKey = null;
          }
          case KEY_NAME -> {
            lastKey = parser.getString();
            if (forbidden(lastKey, validUtf8)) {
              return Optional.of(field(path, lastKey));
            }
            if (!objectKeys.peek().add(lastKey)) {
              throw new DuplicateKey(field(path, lastKey));
            }
          }
          case VALUE_STRING -> {
            if (forbidden(parser.getString(), validUtf8)) {
              return Optional.of(field(path, lastKey == null ? "" : lastKey));
            }
            lastKey = null;
          }
          default -> lastKey = null;
        }
      }
    } catch (JsonParsingException malformed) {
      // Not JSON at all: the JSON binding answers that with its own malformed-request problem.
    }
    return Optional.empty();
  }

  private static String field(Deque<String> path, String key) {
    StringBuilder name = new StringBuilder();
    var outerFirst = path.descendingIterator();
    while (outerFirst.hasNext()) {
      String part = outerFirst.next();
      if (!part.isEmpty()) {
        name.append(name.length() == 0 ? "" : ".").append(part);
      }
    }
    if (!key.isEmpty()) {
      name.append(name.length() == 0 ? "" : ".").append(key);
    }
    return name.length() == 0 ? "body" : name.toString();
  }

  static boolean forbidden(String value, boolean validUtf8) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0' || (!validUtf8 && c == REPLACEMENT)) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return true;
      }
      if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** A key given twice in one JSON object. */
  static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateKey(String field) {
      super("The key \"" + field + "\" appears more than once.");
    }
  }
}
