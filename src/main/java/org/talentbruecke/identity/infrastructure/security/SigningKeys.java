package org.talentbruecke.identity.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key pair that signs API tokens, kept in {@code <data>/keys}. Created on first start;
 * reused afterwards so tokens survive a restart. Nodes of a cluster share the data directory's key
 * files (see docs/operations.md).
 */
@ApplicationScoped
public class SigningKeys {
  @Inject
  @ConfigProperty(name = "talentbruecke.data", defaultValue = "./data")
  String dataDirectory;

  private KeyPair keyPair;

  @PostConstruct
  void loadOrCreate() {
    Path dir = Path.of(dataDirectory, "keys");
    Path privateFile = dir.resolve("token-signing.key");
    Path publicFile = dir.resolve("token-signing.pub");
    try {
      if (Files.exists(privateFile) && Files.exists(publicFile)) {
        keyPair = read(privateFile, publicFile);
      } else {
        keyPair = create(dir, privateFile, publicFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write token keys in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Token keys in " + dir + " are unusable", e);
    }
  }

  public PrivateKey privateKey() {
    return keyPair.getPrivate();
  }

  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  private static KeyPair read(Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile)));
    PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(decode(publicFile)));
    return new KeyPair(publicKey, privateKey);
  }

  private static KeyPair create(Path dir, Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(dir);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Files.writeString(publicFile, encode(pair.getPublic().getEncoded()));
    Files.writeString(privateFile, encode(pair.getPrivate().getEncoded()));
    try {
      Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (e.g. Windows): the directory's own permissions must do.
    }
    return pair;
  }

  private static byte[] decode(Path file) throws IOException {
    return Base64.getMimeDecoder().decode(Files.readString(file).trim());
  }

  private static String encode(byte[] der) {
    return Base64.getMimeEncoder().encodeToString(der) + "\n";
  }
}
