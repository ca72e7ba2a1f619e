package org.talentbruecke.shared.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.talentbruecke.shared.application.ValidationFailure;

class JsonBodyCheckTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String badField(byte[] body) {
    try {
      JsonBodyCheck.check(body);
    } catch (ValidationFailure failure) {
      assertThat(failure.errors().get(0).messageKey()).isEqualTo(JsonBodyCheck.INVALID_CHARACTERS);
      return failure.errors().get(0).field();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void acceptsOrdinaryTextInEveryScriptAndEmoji() {
    assertThatCode(
            () ->
                JsonBodyCheck.check(
                    utf8(
                        "{\"name\":\"Ölkännchen مرحبا Привіт 😀\",\"lines\":\"a\\nb\","
                            + "\"list\":[{\"x\":1},{\"x\":2}]}")))
        .doesNotThrowAnyException();
    assertThatCode(() -> JsonBodyCheck.check(new byte[0])).doesNotThrowAnyException();
  }

  @Test
  void namesTheFieldWithNulOrALoneSurrogate() {
    assertThat(badField(utf8("{\"displayName\":\"a\\u0000b\"}"))).isEqualTo("displayName");
    assertThat(badField(utf8("{\"a\":{\"b\":\"x\\ud800\"}}"))).isEqualTo("a.b");
    assertThat(badField(utf8("{\"tags\":[\"ok\",\"\\udc00\"]}"))).isEqualTo("tags");
  }

  @Test
  void namesTheFieldWithBytesThatAreNotUtf8() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(utf8("{\"ok\":\"fine\",\"title\":\"K"));
    body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    body.writeBytes(utf8("\"}"));
    assertThat(badField(body.toByteArray())).isEqualTo("title");
  }

  @Test
  void refusesAKeyGivenTwice() {
    assertThatThrownBy(() -> JsonBodyCheck.check(utf8("{\"a\":{\"role\":\"X\",\"role\":\"Y\"}}")))
        .isInstanceOf(JsonBodyCheck.DuplicateKey.class)
        .hasMessageContaining("a.role");
    assertThatCode(() -> JsonBodyCheck.check(utf8("[{\"role\":\"X\"},{\"role\":\"Y\"}]")))
        .doesNotThrowAnyException();
  }
}
