package io.invitecheck.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invitecheck.InvalidDraftException;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.campaign.CampaignSummary;
import io.invitecheck.campaign.MassTemplates;
import io.invitecheck.config.ServerSettings;
import io.invitecheck.draft.Draft;
import io.invitecheck.json.DraftJson;
import io.invitecheck.json.ReportJson;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP service: the JDK's {@code com.sun.net.httpserver} with a bounded pool of worker threads
 * and one {@link InviteAnalyzer} shared by all of them. Endpoints, errors and limits are described
 * in {@code openapi.yaml} beside this class (served at {@code GET /v1/openapi.yaml}) and in {@code
 * docs/server.md}.
 *
 * <p><b>Timeouts.</b> The JDK server cuts off a client that takes longer than {@code
 * sun.net.httpserver.maxReqTime} seconds to send its request, or {@code maxRspTime} seconds from
 * the end of its request body to the end of the response (which includes the analysis). It reads
 * these system properties <em>once per JVM</em>, when its first server is created; {@link #start}
 * sets them from {@link ServerSettings#requestTimeoutMillis()} (rounded up to whole seconds; the
 * response phase gets six times that, at least 60 s) unless they are already set, so the first
 * server's setting (or {@code -D} on the command line) holds for the life of the JVM. Bodies are
 * also read against the same deadline, so a client that trickles bytes gets 408 {@code
 * request_timeout}.
 *
 * <p><b>Auth.</b> With a token, every request except {@code GET /health} needs {@code
 * Authorization: Bearer <token>} (compared in constant time); binding to an address other than
 * loopback without a token is refused. The token is never logged.
 *
 * <p>Thread-safe. {@link #stop} stops accepting connections and lets in-flight requests finish
 * within a grace period; it does not close the analyzer, which the caller owns.
 */
public final class InviteServer implements AutoCloseable {
  /** Media type of every JSON response. */
  static final String JSON_TYPE = "application/json; charset=utf-8";

  /** Requests waiting for a worker beyond this many are refused (the connection is closed). */
  static final int QUEUE_PER_THREAD = 32;

  /**
   * Connections the kernel may hold before the server accepts them. With 128, 200 clients
   * connecting at once lost some SYNs, and those requests waited the kernel's 1-second
   * retransmission (seen in session 6's load tests); Linux caps it at {@code net.core.somaxconn}.
   */
  static final int BACKLOG = 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";
  private static final String MAX_RSP_TIME = "sun.net.httpserver.maxRspTime";

  private final InviteAnalyzer analyzer;
  private final ServerSettings settings;
  private final byte[] tokenDigest;
  private final PrintStream log;
  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final Map<String, Map<String, Handler>> routes;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong requestIds = new AtomicLong();
  private final LogClock clock = new LogClock();
  private final String versionJson;
  private final byte[] openApi;
  private volatile boolean stopped;

  /** One endpoint: reads the exchange, returns the response. */
  @FunctionalInterface
  private interface Handler {
    Response handle(HttpExchange exchange) throws IOException;
  }

  /** A response body with its status and media type. */
  private record Response(int status, String contentType, byte[] body) {
    static Response json(String json) {
      return new Response(200, JSON_TYPE, json.getBytes(StandardCharsets.UTF_8));
    }
  }

  private InviteServer(
      InviteAnalyzer analyzer,
      ServerSettings settings,
      InetSocketAddress address,
      String token,
      PrintStream log)
      throws IOException {
    this.analyzer = analyzer;
    this.settings = settings;
    this.tokenDigest = token == null ? null : sha256(token);
    this.log = log;
    this.versionJson = versionJson(analyzer.provenance());
    this.openApi = openApi();
    this.routes = new LinkedHashMap<>();
    route("GET", "/health", ex -> Response.json("{\"status\":\"ok\"}"));
    route("GET", "/v1/version", ex -> Response.json(versionJson));
    route("GET", "/v1/reasons", ex -> Response.json(ReportJson.catalogue()));
    route(
        "GET",
        "/v1/openapi.yaml",
        ex -> new Response(200, "application/yaml; charset=utf-8", openApi));
    route("POST", "/v1/analyze", this::analyze);
    route("POST", "/v1/check", this::check);
    route("POST", "/v1/batch", this::batch);

    applyTimeouts(settings, log);
    int threads = settings.threads();
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD),
            r -> {
              Thread t = new Thread(r, "invitecheck-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    if (settings.warmUpSeconds() > 0) {
      primeWorkers(pool, threads, analyzer);
    }
    try {
      this.server = HttpServer.create(address, BACKLOG);
    } catch (IOException | RuntimeException e) {
      pool.shutdownNow(); // its threads are running: a server that cannot bind must not leave them
      throw e;
    }
    server.setExecutor(pool);
    server.createContext("/", this::serve);
  }

  /** The note each worker thread analyzes once before the server listens. */
  static final Draft PRIMER =
      Draft.of(
          "Hi Ana, I enjoyed your talk on payment fraud at Money20/20 and would love to compare"
              + " notes on chargeback models.");

  /**
   * Starts each of the {@code threads} worker threads with one analysis of {@link #PRIMER} and
   * waits for them, when the settings ask for a warm-up ({@link ServerSettings#warmUpSeconds()}
   * above 0: start-up time spent so that the first clients do not wait; an analyzer whose corpus or
   * classifier is slow or calls out is then called once per thread before the server listens): a
   * thread's first analysis builds its own state (the note reader's engines, the classifier's
   * categorizer, the corpus search's scratch arrays), 2.5-6.7 ms on an analyzer warmed on other
   * threads, measured. Without this the server's new threads built it on the first clients'
   * requests: after a warm-up (whose server has threads of its own), 28-38 of the first 200
   * requests took 5 ms or more of the server's own time, up to 52 ms, and none of the next 200;
   * 5-30 and up to 17 ms primed (session 15). A pool with fewer threads than its core size starts a
   * new one for each task, so each task has its own thread. Memos are caches of pure functions:
   * what this leaves in them changes no answer.
   */
  private static void primeWorkers(ThreadPoolExecutor pool, int threads, InviteAnalyzer analyzer) {
    CountDownLatch done = new CountDownLatch(threads);
    for (int i = 0; i < threads; i++) {
      pool.execute(
          () -> {
            try {
              analyzer.analyze(PRIMER);
            } catch (RuntimeException e) {
              // a request will meet the same failure and report it; priming only saves time
            } finally {
              done.countDown();
            }
          });
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts a server.
   *
   * @param analyzer the analyzer shared by every request (not closed by the server)
   * @param settings the limits
   * @param address where to listen; port 0 takes any free port (see {@link #address()})
   * @param token the bearer token every request must carry, or {@code null} for none
   * @param log where to write the access log and errors (stderr in production)
   * @throws IllegalArgumentException when the address is not loopback and there is no token
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static InviteServer start(
      InviteAnalyzer analyzer,
      ServerSettings settings,
      InetSocketAddress address,
      String token,
      PrintStream log) {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(log, "log");
    String t = token == null || token.isBlank() ? null : token;
    if (t == null && !isLoopback(address)) {
      throw new IllegalArgumentException(
          "refusing to listen on "
              + address.getHostString()
              + " without a token: set INVITECHECK_TOKEN (or --token) so that clients must send"
              + " 'Authorization: Bearer <token>', or listen on 127.0.0.1");
    }
    try {
      InviteServer s = new InviteServer(analyzer, settings, address, t, log);
      s.server.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
  }

  /** True for loopback addresses (127.0.0.0/8, ::1). */
  public static boolean isLoopback(InetSocketAddress address) {
    return address.getAddress() != null && address.getAddress().isLoopbackAddress();
  }

  /** The worker threads started so far (all of them from the start with a warm-up). */
  int workerThreads() {
    return pool.getPoolSize();
  }

  /** The bound address (with the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The base URI, e.g. {@code http://127.0.0.1:8080}. */
  public URI uri() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort());
  }

  /** The routes the server answers, as {@code "METHOD /path"}, e.g. {@code "POST /v1/check"}. */
  public List<String> routes() {
    List<String> list = new ArrayList<>();
    routes.forEach((path, byMethod) -> byMethod.keySet().forEach(m -> list.add(m + " " + path)));
    return list;
  }

  /** Requests being handled right now. */
  public int inFlight() {
    return inFlight.get();
  }

  /**
   * Stops accepting connections, waits up to {@code grace} for in-flight requests to finish, then
   * closes every connection and the worker pool. Idempotent.
   */
  public void stop(Duration grace) {
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
    }
    // The JDK server (17) waits the whole delay when no exchange is in flight: stop at once then.
    int seconds = inFlight.get() == 0 ? 0 : (int) Math.max(1, Math.min(3600, grace.toSeconds()));
    server.stop(seconds);
    pool.shutdown();
    try {
      if (!pool.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Stops with a grace period of ten seconds. */
  @Override
  public void close() {
    stop(Duration.ofSeconds(10));
  }

  /** The request timeout the JDK server applies in this JVM, in seconds (-1 for none). */
  static long effectiveTimeoutSeconds() {
    return Long.getLong(MAX_REQ_TIME, -1);
  }

  /**
   * The response phase, as the JDK counts it, starts when the request body has been read: it
   * includes the analysis (a whole batch) as well as the writing. It gets this many times the
   * request timeout, and at least {@link #MIN_RESPONSE_SECONDS}.
   */
  static final int RESPONSE_FACTOR = 6;

  static final int MIN_RESPONSE_SECONDS = 60;

  private static synchronized void applyTimeouts(ServerSettings s, PrintStream log) {
    long req = Math.max(1, (s.requestTimeoutMillis() + 999L) / 1000);
    long rsp = Math.max(MIN_RESPONSE_SECONDS, RESPONSE_FACTOR * req);
    boolean applied = false;
    for (Map.Entry<String, Long> e :
        List.of(Map.entry(MAX_REQ_TIME, req), Map.entry(MAX_RSP_TIME, rsp))) {
      String key = e.getKey();
      String seconds = Long.toString(e.getValue());
      String current = System.getProperty(key);
      if (current == null) {
        System.setProperty(key, seconds);
        applied = true;
      } else if (!current.equals(seconds)) {
        log.println(
            "invitecheck: note: "
                + key
                + " is "
                + current
                + " s in this JVM (the JDK reads it once, when its first server is created);"
                + " requestTimeoutMillis "
                + s.requestTimeoutMillis()
                + " does not change it");
      }
    }
    if (applied) {
      if (System.getProperty("sun.net.httpserver.idleInterval") == null) {
        System.setProperty("sun.net.httpserver.idleInterval", "30");
      }
      // Without TCP_NODELAY the response body waits for the client's delayed ACK of the headers:
      // 40 ms or more per request on keep-alive connections.
      if (System.getProperty("sun.net.httpserver.nodelay") == null) {
        System.setProperty("sun.net.httpserver.nodelay", "true");
      }
    }
  }

  private void route(String method, String path, Handler handler) {
    routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, handler);
  }

  // ---- request handling ----

  private void serve(HttpExchange ex) {
    long start = System.nanoTime();
    long id = requestIds.incrementAndGet();
    inFlight.incrementAndGet();
    int status = 0;
    String note = "";
    try {
      Response r;
      try {
        r = dispatch(ex);
      } catch (ApiException e) {
        r = error(e);
        e.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      } catch (RuntimeException | Error e) {
        synchronized (log) {
          log.println("invitecheck: request " + id + " failed:");
          e.printStackTrace(log);
        }
        r =
            error(
                new ApiException(
                    500,
                    "internal_error",
                    "the server failed to answer this request (request "
                        + id
                        + "); its log has the details"));
      }
      status = r.status();
      Headers h = ex.getResponseHeaders();
      h.set("Content-Type", r.contentType());
      h.set("X-Request-Id", Long.toString(id));
      h.set("Cache-Control", "no-store");
      ex.sendResponseHeaders(r.status(), r.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    } catch (IOException e) {
      note = " (connection lost: " + e.getClass().getSimpleName() + ")";
    } finally {
      ex.close();
      inFlight.decrementAndGet();
      long ms = (System.nanoTime() - start) / 1_000_000;
      log.println(
          clock.now()
              + " "
              + ex.getRequestMethod()
              + " "
              + ex.getRequestURI().getRawPath()
              + " "
              + (status == 0 ? "-" : Integer.toString(status))
              + " "
              + ms
              + "ms id="
              + id
              + note);
    }
  }

  private Response dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if (tokenDigest != null && !path.equals("/health")) {
      authorize(ex);
    }
    Map<String, Handler> byMethod = routes.get(path);
    if (byMethod == null) {
      throw new ApiException(404, "not_found", "no endpoint at " + path + "; see /v1/openapi.yaml");
    }
    Handler h = byMethod.get(ex.getRequestMethod());
    if (h == null) {
      String allow = String.join(", ", byMethod.keySet());
      throw new ApiException(
          405,
          "method_not_allowed",
          ex.getRequestMethod() + " is not allowed on " + path + "; use " + allow,
          null,
          Map.of("Allow", allow));
    }
    Map<String, String> query = query(ex);
    List<String> allowedParams = path.equals("/v1/check") ? List.of("failOn") : List.of();
    for (String name : query.keySet()) {
      if (!allowedParams.contains(name)) {
        throw new ApiException(
            400,
            "invalid_request",
            "unknown query parameter '"
                + name
                + "'"
                + (allowedParams.isEmpty() ? "; " + path + " takes none" : "; allowed: failOn"),
            name,
            Map.of());
      }
    }
    return h.handle(ex);
  }

  private void authorize(HttpExchange ex) {
    String header = ex.getRequestHeaders().getFirst("Authorization");
    String given = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = header.substring(7).strip();
    }
    // Compare digests: constant time, and the length of the token does not leak either.
    if (given == null || !MessageDigest.isEqual(tokenDigest, sha256(given))) {
      throw new ApiException(
          401,
          "unauthorized",
          header == null
              ? "this server needs 'Authorization: Bearer <token>'"
              : "the bearer token is wrong",
          null,
          Map.of("WWW-Authenticate", "Bearer realm=\"invitecheck\""));
    }
  }

  private Response analyze(HttpExchange ex) throws IOException {
    Report report = analyzeOne(readJson(ex));
    return new Response(200, JSON_TYPE, ReportJson.toJsonBytes(report));
  }

  private Response check(HttpExchange ex) throws IOException {
    String f = query(ex).getOrDefault("failOn", "high");
    RiskLevel failOn;
    try {
      failOn = RiskLevel.fromId(f);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          400,
          "invalid_request",
          "failOn must be low, medium or high, was '" + f + "'",
          "failOn",
          Map.of());
    }
    Report report = analyzeOne(readJson(ex));
    String json = ReportJson.toJson(report);
    String decision = report.risk().level().atLeast(failOn) ? "block" : "pass";
    // The report object is written by ReportJson in a fixed order; append the two gate fields.
    String body =
        json.substring(0, json.lastIndexOf('}'))
            + ",\"decision\":\""
            + decision
            + "\",\"failOn\":\""
            + failOn.id()
            + "\"}";
    return Response.json(body);
  }

  private Response batch(HttpExchange ex) throws IOException {
    JsonNode node = readJson(ex);
    if (!node.isArray()) {
      throw new ApiException(
          400,
          "invalid_request",
          "expected a JSON array of drafts, found " + kind(node),
          "$",
          Map.of());
    }
    if (node.size() > settings.maxBatchItems()) {
      throw new ApiException(
          413,
          "too_many_items",
          "the batch has "
              + node.size()
              + " drafts; the limit is "
              + settings.maxBatchItems()
              + " (setting server.maxBatchItems)",
          "$",
          Map.of());
    }
    // Parse every draft first: mass templates are known only once all drafts are seen, and
    // mass_template must count in each draft's risk, as in the CLI's batch.
    Draft[] drafts = new Draft[node.size()];
    ApiException[] invalid = new ApiException[node.size()];
    MassTemplates.Builder templates = MassTemplates.builder(CampaignSummary.DEFAULT_MASS_SIZE);
    for (int i = 0; i < node.size(); i++) {
      try {
        drafts[i] = DraftJson.read(node.get(i));
        templates.add(i, drafts[i]);
      } catch (InvalidDraftException e) {
        invalid[i] = new ApiException(400, "invalid_draft", e.getMessage(), e.field(), Map.of());
      }
    }
    MassTemplates mass = templates.build();
    CampaignSummary.Builder campaign = CampaignSummary.builder(analyzer.settings());
    StringWriter out = new StringWriter(1024 * Math.max(1, node.size()));
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("results");
      for (int i = 0; i < node.size(); i++) {
        try {
          if (invalid[i] != null) {
            throw invalid[i];
          }
          Report report = analyzeOne(drafts[i], mass.reason(i, analyzer.settings()));
          campaign.add(i, drafts[i], report);
          ReportJson.write(report, g);
        } catch (ApiException e) {
          campaign.addError(i, e.getMessage());
          g.writeStartObject();
          g.writeNumberField("index", i);
          writeError(g, e);
          g.writeEndObject();
        } catch (RuntimeException e) {
          synchronized (log) {
            log.println("invitecheck: batch item " + i + " failed:");
            e.printStackTrace(log);
          }
          campaign.addError(i, "internal error");
          g.writeStartObject();
          g.writeNumberField("index", i);
          writeError(
              g,
              new ApiException(
                  500,
                  "internal_error",
                  "the server failed to analyze this draft; its log has the details"));
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeFieldName("campaign");
      g.writeRawValue(campaign.build().toJson());
      g.writeEndObject();
    }
    return Response.json(out.toString());
  }

  private Report analyzeOne(Draft draft, java.util.Optional<Reason> outside) {
    try {
      return analyzer.analyze(draft, outside.stream().toList());
    } catch (InvalidDraftException e) {
      throw new ApiException(400, "invalid_draft", e.getMessage(), e.field(), Map.of());
    }
  }

  private Report analyzeOne(JsonNode node) {
    Draft draft;
    try {
      draft = DraftJson.read(node);
      return analyzer.analyze(draft);
    } catch (InvalidDraftException e) {
      throw new ApiException(400, "invalid_draft", e.getMessage(), e.field(), Map.of());
    }
  }

  /** Checks the media type, reads the body within the limits and parses it as JSON. */
  private JsonNode readJson(HttpExchange ex) throws IOException {
    checkMediaType(ex.getRequestHeaders().getFirst("Content-Type"));
    byte[] body = readBody(ex);
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
      throw new ApiException(
          400, "invalid_json", "the request body is not valid UTF-8", "$", Map.of());
    }
    if (text.isBlank()) {
      throw new ApiException(400, "invalid_json", "the request body is empty", "$", Map.of());
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new ApiException(
          400, "invalid_json", "invalid JSON" + where + ": " + brief(e), "$", Map.of());
    }
  }

  /** Jackson's message without its "(start marker at [Source: ...])" tail. */
  private static String brief(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    int cut = m.indexOf(" (start marker at ");
    if (cut < 0) {
      cut = m.indexOf(" at [Source");
    }
    return cut < 0 ? m : m.substring(0, cut);
  }

  private static void checkMediaType(String contentType) {
    if (contentType == null) {
      throw unsupported("the request has no Content-Type; send application/json");
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      throw unsupported(
          "Content-Type " + parts[0].strip() + " is not supported; send application/json");
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        String cs = p.substring(eq + 1).strip().replace("\"", "");
        if (!cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
          throw unsupported("charset " + cs + " is not supported; send UTF-8");
        }
      }
    }
  }

  private static ApiException unsupported(String message) {
    return new ApiException(415, "unsupported_media_type", message);
  }

  /**
   * Reads the body: refuses a declared length over the limit before reading, counts the bytes of a
   * chunked body as they come, and gives up when the request deadline has passed.
   */
  private byte[] readBody(HttpExchange ex) throws IOException {
    int max = settings.maxBodyBytes();
    long length = declaredLength(ex.getRequestHeaders());
    if (length > max) {
      throw tooLarge(max, "the body is " + length + " bytes");
    }
    long deadline = System.nanoTime() + settings.requestTimeoutMillis() * 1_000_000L;
    // A body of declared length is read into an array of that length (up to 64 KB at first, so
    // that a client cannot make the server set aside its limit before sending anything); one in
    // chunks into an array that grows. The old way, an 8 KB buffer, an 8 KB chunk and a copy for
    // a body of about 500 bytes, was a fifth of all the bytes the server allocated at 4,000
    // requests/s (session 11).
    byte[] body = new byte[length >= 0 ? (int) Math.min(length, 1 << 16) : 1024];
    int size = 0;
    // Not try-with-resources: closing the body before it has all arrived drains the rest, which
    // would hold the 408 or 413 back until the client sends it. The error response goes out first;
    // the exchange closes the stream afterwards (and the JDK's maxReqTime bounds that drain).
    InputStream in = ex.getRequestBody();
    while (true) {
      if (size == body.length) { // full: is there more?
        int next = in.read();
        if (next < 0) {
          break;
        }
        if (size >= max) {
          throw tooLarge(max, "the body is over " + max + " bytes");
        }
        body = Arrays.copyOf(body, (int) Math.min(Math.max(2L * size, 1024), max));
        body[size++] = (byte) next;
      }
      int n = in.read(body, size, body.length - size);
      if (n < 0) {
        break;
      }
      size += n;
      if (System.nanoTime() > deadline) {
        throw new ApiException(
            408,
            "request_timeout",
            "the request body took longer than "
                + settings.requestTimeoutMillis()
                + " ms to arrive (setting server.requestTimeoutMillis)",
            null,
            Map.of("Connection", "close"));
      }
    }
    in.close();
    return size == body.length ? body : Arrays.copyOf(body, size);
  }

  /**
   * The body's length from its Content-Length header, or -1 when there is none, it is not a number,
   * or the body comes in chunks (then the JDK reads the chunks and ignores the header).
   */
  private static long declaredLength(Headers headers) {
    String declared = headers.getFirst("Content-Length");
    if (declared == null || headers.containsKey("Transfer-Encoding")) {
      return -1;
    }
    try {
      long length = Long.parseLong(declared.strip());
      return length >= 0 ? length : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static ApiException tooLarge(int max, String what) {
    return new ApiException(
        413,
        "body_too_large",
        what + "; the limit is " + max + " bytes (setting server.maxBodyBytes)",
        null,
        Map.of("Connection", "close"));
  }

  private static Map<String, String> query(HttpExchange ex) {
    String raw = ex.getRequestURI().getRawQuery();
    Map<String, String> map = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return map;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        map.put(
            URLDecoder.decode(k, StandardCharsets.UTF_8),
            URLDecoder.decode(v, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new ApiException(400, "invalid_request", "malformed query string");
      }
    }
    return map;
  }

  // ---- JSON ----

  private static Response error(ApiException e) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      writeError(g, e);
      g.writeEndObject();
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
    return new Response(e.status(), JSON_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void writeError(JsonGenerator g, ApiException e) throws IOException {
    g.writeObjectFieldStart("error");
    g.writeStringField("code", e.code());
    g.writeStringField("message", e.getMessage());
    if (e.field() == null) {
      g.writeNullField("field");
    } else {
      g.writeStringField("field", e.field());
    }
    g.writeEndObject();
  }

  private static String versionJson(Provenance p) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("name", "invitecheck");
      g.writeStringField("version", InviteAnalyzer.VERSION);
      g.writeNumberField("schemaVersion", Report.SCHEMA_VERSION);
      g.writeObjectFieldStart("provenance");
      g.writeStringField("analyzerVersion", p.analyzerVersion());
      g.writeStringField("nlpModels", p.nlpModels());
      g.writeStringField("classifier", p.classifier());
      g.writeStringField("corpus", p.corpus());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static byte[] openApi() throws IOException {
    try (InputStream in = InviteServer.class.getResourceAsStream("openapi.yaml")) {
      if (in == null) {
        throw new IOException("openapi.yaml is missing from the classpath");
      }
      return in.readAllBytes();
    }
  }

  private static String kind(JsonNode node) {
    return node.isObject() ? "an object" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
