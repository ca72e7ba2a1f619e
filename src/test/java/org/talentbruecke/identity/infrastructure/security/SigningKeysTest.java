package org.talentbruecke.identity.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token key pair: created once, kept private, reused after a restart. */
class SigningKeysTest {
  @TempDir Path data;

  private SigningKeys load() {
    SigningKeys keys = new SigningKeys();
    keys.dataDirectory = data.toString();
    keys.loadOrCreate();
    return keys;
  }

  @Test
  void theFirstStartCreatesAKeyPairOnlyTheOwnerMayRead() throws Exception {
    load();

    Path privateKey = data.resolve("keys/token-signing.key");
    assertThat(privateKey).exists();
    assertThat(data.resolve("keys/token-signing.pub")).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
        .isEqualTo("rw-------");
  }

  @Test
  void aRestartReusesTheKeysSoIssuedTokensStayValid() {
    SigningKeys first = load();
    SigningKeys second = load();

    assertThat(second.publicKey()).isEqualTo(first.publicKey());
    assertThat(second.privateKey()).isEqualTo(first.privateKey());
  }

  @Test
  void damagedKeyFilesStopTheStartInsteadOfBeingReplaced() throws Exception {
    load();
    Path privateKey = data.resolve("keys/token-signing.key");
    Files.writeString(privateKey, "bm90IGEga2V5\n");

    assertThatThrownBy(this::load).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(privateKey)).isEqualTo("bm90IGEga2V5\n");
  }
}
