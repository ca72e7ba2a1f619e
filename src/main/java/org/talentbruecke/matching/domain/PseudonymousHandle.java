package org.talentbruecke.matching.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the stable pseudonymous handle of a profile (such as "7F3K-9QXZ") from its id with a
 * keyed hash: the same profile always gets the same handle, and without the key the handle reveals
 * neither the id nor anything about the person. Eight Crockford base-32 characters (40 bits) keep
 * collisions negligible at a million profiles.
 */
public final class PseudonymousHandle {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private final byte[] key;

  public PseudonymousHandle(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length() < 16) {
      throw new IllegalArgumentException("the handle key needs at least 16 characters");
    }
    this.key = secret.getBytes(StandardCharsets.UTF_8);
  }

  public String of(long profileId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(profileId).array());
      long bits = 0;
      for (int i = 0; i < 5; i++) {
        bits = (bits << 8) | (digest[i] & 0xFF);
      }
      char[] out = new char[9];
      for (int i = 8; i >= 0; i--) {
        if (i == 4) {
          out[i] = '-';
          continue;
        }
        out[i] = ALPHABET[(int) (bits & 31)];
        bits >>>= 5;
      }
      return new String(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
