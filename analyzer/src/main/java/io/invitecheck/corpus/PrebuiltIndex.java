package io.invitecheck.corpus;

import io.invitecheck.SetupException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The Lucene index of the bundled corpus, built once when the jar is packaged instead of at every
 * start-up (indexing the 2,672 notes took one to two seconds of a cold {@code check}).
 *
 * <p>The build ({@code PrebuildIndex}, run by Maven in {@code process-classes}) writes the index
 * files into one resource, {@value #RESOURCE}, after a header that holds the SHA-256 of the corpus
 * file it indexed. {@link #open} loads it into memory only when that SHA-256 is the bundled
 * corpus's: a missing or stale index (the corpus changed without a rebuild) is not used, and the
 * caller indexes the corpus as before. Stateless.
 *
 * <p>File layout (big-endian, {@link DataOutputStream}): the UTF string {@value #MAGIC}, the UTF
 * hex SHA-256 of the corpus, the number of files, then per file its UTF name, its int length and
 * its bytes.
 */
public final class PrebuiltIndex {
  /** The classpath resource of the prebuilt index of {@link DefaultCorpus#BUNDLED_CORPUS}. */
  public static final String RESOURCE = "/io/invitecheck/corpus/notes.index";

  static final String MAGIC = "invitecheck-prebuilt-index-1";

  /** Refuses file counts and lengths no real index has (a corrupt header, not an index). */
  private static final int MAX_FILES = 1_000;

  private PrebuiltIndex() {}

  /**
   * Indexes the bundled corpus file {@code corpusJsonl} into {@code out}, cited in reports as the
   * bundled corpus is ({@link DefaultCorpus#bundledIdentity}).
   *
   * @throws CorpusFormatException naming the bad line of the corpus
   * @throws UncheckedIOException when the corpus cannot be read or the index written
   */
  public static void write(Path corpusJsonl, Path out) {
    List<CorpusNote> notes = CorpusReader.read(corpusJsonl);
    String sha256 = CorpusIdentity.sha256(corpusJsonl);
    String identity = CorpusIdentity.describe(DefaultCorpus.BUNDLED_NAME, notes.size(), sha256);
    try (Directory dir = new ByteBuffersDirectory()) {
      CorpusIndex.write(notes, dir, identity);
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
        write(dir, sha256, o);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the prebuilt index " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records the SHA-256 of the bundled corpus and classifier found under the classes directory
   * {@code classes}, so that start-up need not hash them (see {@link BundledDigests}).
   *
   * @throws UncheckedIOException when a file cannot be read or the digests written
   */
  public static void writeBundledDigests(Path classes) {
    BundledDigests.write(classes);
  }

  /** Writes the files of {@code dir} after the header naming the corpus's SHA-256. */
  static void write(Directory dir, String corpusSha256, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(MAGIC);
    data.writeUTF(corpusSha256);
    String[] files =
        java.util.Arrays.stream(dir.listAll())
            .filter(f -> !f.equals("write.lock"))
            .sorted()
            .toArray(String[]::new);
    data.writeInt(files.length);
    for (String f : files) {
      try (IndexInput in = dir.openInput(f, IOContext.READONCE)) {
        long length = in.length();
        if (length > Integer.MAX_VALUE) {
          throw new IOException("index file " + f + " is too large: " + length + " bytes");
        }
        byte[] bytes = new byte[(int) length];
        in.readBytes(bytes, 0, bytes.length);
        data.writeUTF(f);
        data.writeInt(bytes.length);
        data.write(bytes);
      }
    }
    data.flush();
  }

  /**
   * The prebuilt index of the bundled corpus, when the jar has one built from the corpus whose
   * SHA-256 is {@code corpusSha256}; empty when it has none or one built from another corpus.
   *
   * @throws SetupException when the resource is there but corrupt
   */
  public static Optional<CorpusIndex> open(String corpusSha256) {
    InputStream in = PrebuiltIndex.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return Optional.empty();
    }
    return read(in, corpusSha256, RESOURCE);
  }

  /**
   * Reads a prebuilt index from {@code in} (closed here); empty when it was built from a corpus
   * whose SHA-256 is not {@code corpusSha256}.
   *
   * @param where names the index in error messages
   * @throws SetupException when the bytes are not a prebuilt index, or a corrupt one
   */
  static Optional<CorpusIndex> read(InputStream in, String corpusSha256, String where) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
      String magic = data.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IOException(
            "not a prebuilt index (header '" + magic + "', expected " + MAGIC + ")");
      }
      if (!data.readUTF().equals(corpusSha256)) {
        dir.close();
        return Optional.empty();
      }
      int files = data.readInt();
      if (files <= 0 || files > MAX_FILES) {
        throw new IOException("bad file count " + files);
      }
      byte[] buf = new byte[1 << 16];
      for (int i = 0; i < files; i++) {
        String name = data.readUTF();
        int length = data.readInt();
        if (length < 0) {
          throw new IOException("bad length " + length + " of index file " + name);
        }
        try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
          for (int left = length; left > 0; ) {
            int n = data.read(buf, 0, Math.min(buf.length, left));
            if (n < 0) {
              throw new EOFException("index file " + name + " is cut short");
            }
            out.writeBytes(buf, 0, n);
            left -= n;
          }
        }
      }
      if (data.read() >= 0) {
        throw new IOException("bytes after the last index file");
      }
      return Optional.of(CorpusIndex.open(dir, DirectoryReader.open(dir)));
    } catch (IOException | RuntimeException e) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // already failing
      }
      throw new SetupException(
          "the prebuilt corpus index "
              + where
              + " is corrupt ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); rebuild the jar (mvn package)",
          e);
    }
  }
}
