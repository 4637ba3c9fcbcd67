package io.invitecheck.cli;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.SetupException;
import io.invitecheck.bench.ServerLoad;
import io.invitecheck.bench.ServerWarmUp;
import io.invitecheck.config.ConfigFile;
import io.invitecheck.config.ServerSettings;
import io.invitecheck.config.Settings;
import io.invitecheck.http.InviteServer;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code invitecheck serve}: runs the HTTP service until SIGTERM or Ctrl-C, then stops accepting
 * connections, lets in-flight requests finish within the grace period and closes the analyzer. Exit
 * status 2 for a configuration error (bad file, a non-loopback host without a token, a port in
 * use).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the analyzer over HTTP: POST /v1/analyze, /v1/check, /v1/batch; GET /v1/reasons,"
          + " /v1/version, /v1/openapi.yaml, /health.",
      "Listens on 127.0.0.1 unless --host says otherwise; any other address needs a token."
    })
public final class ServeCommand implements Callable<Integer> {
  /** The environment variable that holds the bearer token. */
  public static final String TOKEN_ENV = "INVITECHECK_TOKEN";

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1).")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on; 0 takes any free port and prints it (default: 8080).")
  int port = 8080;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: server.threads from --config, else 8).")
  Integer threads;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (YAML or JSON; see invitecheck.example.yaml).")
  Path config;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Bearer token clients must send. Prefer the environment variable "
              + TOKEN_ENV
              + ": a command-line argument is visible to other users of the machine.")
  String token;

  @Option(
      names = "--warm-up",
      paramLabel = "SECONDS",
      description =
          "Before listening, answer generated drafts on a private loopback port until the JIT"
              + " compilers have settled, so that the first clients' requests find the code"
              + " compiled, for at most this long; 0 skips it (default: server.warmUpSeconds from"
              + " --config, else 60).")
  Integer warmUpSeconds;

  @Option(
      names = "--grace",
      paramLabel = "SECONDS",
      description = "How long in-flight requests may take to finish at shutdown (default: 10).")
  int graceSeconds = 10;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = Settings.defaults();
    ServerSettings server = ServerSettings.defaults();
    InetSocketAddress address;
    try {
      if (config != null) {
        ConfigFile file = ConfigFile.read(config);
        settings = file.settings();
        server = file.server();
      }
      if (threads != null) {
        if (threads <= 0) {
          throw new SetupException("--threads must be 1 or more, was " + threads);
        }
        server = server.withThreads(threads);
      }
      if (warmUpSeconds != null) {
        if (warmUpSeconds < 0 || warmUpSeconds > ServerSettings.MAX_WARM_UP_SECONDS) {
          throw new SetupException(
              "--warm-up must be between 0 and "
                  + ServerSettings.MAX_WARM_UP_SECONDS
                  + " seconds, was "
                  + warmUpSeconds);
        }
        server = server.withWarmUpSeconds(warmUpSeconds);
      }
      if (port < 0 || port > 65_535) {
        throw new SetupException("--port must be between 0 and 65535, was " + port);
      }
      if (graceSeconds < 0) {
        throw new SetupException("--grace must be 0 or more, was " + graceSeconds);
      }
      address = new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (SetupException e) {
      err.println("invitecheck serve: " + e.getMessage());
      return 2;
    } catch (UnknownHostException e) {
      err.println("invitecheck serve: unknown host '" + host + "'");
      return 2;
    }
    String t = token != null ? token : System.getenv(TOKEN_ENV);
    if (t != null && t.isBlank()) {
      t = null;
    }
    if (t == null && !InviteServer.isLoopback(address)) {
      err.println(
          "invitecheck serve: refusing to listen on "
              + host
              + " without a token. Set "
              + TOKEN_ENV
              + " (clients then send 'Authorization: Bearer <token>'), or listen on 127.0.0.1.");
      return 2;
    }

    InviteAnalyzer analyzer;
    try {
      analyzer = InviteAnalyzer.builder().settings(settings).build();
      analyzer.warmUp();
    } catch (SetupException e) {
      err.println("invitecheck serve: " + e.getMessage());
      return 2;
    }
    if (server.warmUpSeconds() > 0 && !warmUp(analyzer, server, err)) {
      analyzer.close();
      return 1;
    }
    InviteServer running;
    try {
      running = InviteServer.start(analyzer, server, address, t, System.err);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      analyzer.close();
      err.println("invitecheck serve: " + e.getMessage());
      return 2;
    }
    out.println(
        "invitecheck: listening on "
            + running.uri()
            + " ("
            + server.threads()
            + " threads"
            + (t == null ? "" : ", token required")
            + ")");
    out.flush();

    CountDownLatch stopped = new CountDownLatch(1);
    Duration grace = Duration.ofSeconds(graceSeconds);
    PrintStream log = System.err;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.println(
                      "invitecheck: stopping; "
                          + running.inFlight()
                          + " request(s) in flight, grace "
                          + graceSeconds
                          + " s");
                  running.stop(grace);
                  analyzer.close();
                  log.println("invitecheck: stopped");
                  stopped.countDown();
                },
                "invitecheck-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /**
   * Runs the warm-up ({@link ServerWarmUp}) and says what it did on stderr.
   *
   * @return false when it was interrupted (the command then exits)
   */
  private static boolean warmUp(InviteAnalyzer analyzer, ServerSettings server, PrintWriter err) {
    err.printf(
        Locale.ROOT,
        "invitecheck: warming up before listening, until the compilers settle after %,d requests"
            + " or for at most %d s (--warm-up 0 skips it)%n",
        ServerWarmUp.MIN_REQUESTS,
        server.warmUpSeconds());
    err.flush();
    ServerWarmUp.Result done;
    try {
      done = ServerWarmUp.run(analyzer, server, Duration.ofSeconds(server.warmUpSeconds()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    if (done == null) {
      err.println("invitecheck: no warm-up: no generated draft fits maxNoteChars");
    } else {
      ServerLoad load = done.load();
      err.printf(
          Locale.ROOT,
          "invitecheck: warmed up: %,d requests in %.1f s (%,.0f/s), %d errors; %s%n",
          load.requests(),
          load.seconds(),
          load.requestsPerSecond(),
          load.errors(),
          done.settled()
              ? "the compilers have settled"
              : load.requests() < ServerWarmUp.MIN_REQUESTS
                  ? String.format(
                      Locale.ROOT,
                      "fewer than %,d requests by the limit (--warm-up): the machine is slow or"
                          + " busy, and the first requests may find code still being compiled",
                      ServerWarmUp.MIN_REQUESTS)
                  : "the compilers were still busy at the limit (--warm-up)");
    }
    err.flush();
    return true;
  }
}
