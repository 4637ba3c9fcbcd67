package io.invitecheck.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 digests and the one-line identities of corpora and models used in provenance. */
public final class CorpusIdentity {
  private CorpusIdentity() {}

  /** E.g. {@code bundled notes.jsonl, 2,160 notes, sha256 1a2b3c4d}. */
  public static String describe(String name, int notes, String sha256) {
    return String.format(
        Locale.ROOT, "%s, %,d notes, sha256 %s", name, notes, sha256.substring(0, 8));
  }

  /** The hex SHA-256 of a file. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The hex SHA-256 of a stream, read to its end. */
  public static String sha256(InputStream in) throws IOException {
    MessageDigest md = digest();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The hex SHA-256 of bytes. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
