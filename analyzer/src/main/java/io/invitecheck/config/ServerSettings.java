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
 * @param warmUpSeconds the longest {@code serve} answers generated drafts on a private loopback
 *     port before it listens, so that the JVM has compiled the code every request runs; it stops
 *     sooner once the JIT compilers have settled (60; 0 for none)
 */
public record ServerSettings(
    int maxBodyBytes, int maxBatchItems, int requestTimeoutMillis, int threads, int warmUpSeconds) {

  /** The most {@link #warmUpSeconds} may be: ten minutes. */
  public static final int MAX_WARM_UP_SECONDS = 600;

  public ServerSettings {
    positive("maxBodyBytes", maxBodyBytes);
    positive("maxBatchItems", maxBatchItems);
    positive("requestTimeoutMillis", requestTimeoutMillis);
    positive("threads", threads);
    if (warmUpSeconds < 0 || warmUpSeconds > MAX_WARM_UP_SECONDS) {
      throw new IllegalArgumentException(
          "server.warmUpSeconds must be between 0 and "
              + MAX_WARM_UP_SECONDS
              + ", was "
              + warmUpSeconds);
    }
  }

  /** The documented defaults. */
  public static ServerSettings defaults() {
    return new ServerSettings(1 << 20, 100, 10_000, 8, 60);
  }

  /** These settings with another body limit. */
  public ServerSettings withMaxBodyBytes(int v) {
    return new ServerSettings(v, maxBatchItems, requestTimeoutMillis, threads, warmUpSeconds);
  }

  /** These settings with another batch limit. */
  public ServerSettings withMaxBatchItems(int v) {
    return new ServerSettings(maxBodyBytes, v, requestTimeoutMillis, threads, warmUpSeconds);
  }

  /** These settings with another request timeout. */
  public ServerSettings withRequestTimeoutMillis(int v) {
    return new ServerSettings(maxBodyBytes, maxBatchItems, v, threads, warmUpSeconds);
  }

  /** These settings with another number of worker threads. */
  public ServerSettings withThreads(int v) {
    return new ServerSettings(maxBodyBytes, maxBatchItems, requestTimeoutMillis, v, warmUpSeconds);
  }

  /** These settings with another warm-up. */
  public ServerSettings withWarmUpSeconds(int v) {
    return new ServerSettings(maxBodyBytes, maxBatchItems, requestTimeoutMillis, threads, v);
  }

  private static void positive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException("server." + name + " must be positive, was " + v);
    }
  }
}
