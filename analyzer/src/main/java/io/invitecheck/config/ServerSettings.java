package io.invitecheck.config;

/**
 * Limits of the HTTP service ({@code invitecheck serve}), read from the {@code server} section of
 * the configuration file. Immutable.
 *
 * @param maxBodyBytes the largest request body accepted, in bytes (1,048,576); larger bodies get
 *     413 {@code body_too_large}
 * @param maxBatchItems the most drafts one {@code POST /v1/batch} may carry (100); more get 413
 *     {@code too_many_items}
 * @param requestTimeoutMillis how long a client may take to send its request line, headers and
 *     body, and to read the response (10,000 ms). The JDK server counts it in whole seconds
 *     (rounded up) and reads it once per JVM, when its first server is created.
 * @param threads the worker threads that read requests and analyze drafts (8)
 */
public record ServerSettings(
    int maxBodyBytes, int maxBatchItems, int requestTimeoutMillis, int threads) {

  public ServerSettings {
    positive("maxBodyBytes", maxBodyBytes);
    positive("maxBatchItems", maxBatchItems);
    positive("requestTimeoutMillis", requestTimeoutMillis);
    positive("threads", threads);
  }

  /** The documented defaults. */
  public static ServerSettings defaults() {
    return new ServerSettings(1 << 20, 100, 10_000, 8);
  }

  /** These settings with another body limit. */
  public ServerSettings withMaxBodyBytes(int v) {
    return new ServerSettings(v, maxBatchItems, requestTimeoutMillis, threads);
  }

  /** These settings with another batch limit. */
  public ServerSettings withMaxBatchItems(int v) {
    return new ServerSettings(maxBodyBytes, v, requestTimeoutMillis, threads);
  }

  /** These settings with another request timeout. */
  public ServerSettings withRequestTimeoutMillis(int v) {
    return new ServerSettings(maxBodyBytes, maxBatchItems, v, threads);
  }

  /** These settings with another number of worker threads. */
  public ServerSettings withThreads(int v) {
    return new ServerSettings(maxBodyBytes, maxBatchItems, requestTimeoutMillis, v);
  }

  private static void positive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException("server." + name + " must be positive, was " + v);
    }
  }
}
