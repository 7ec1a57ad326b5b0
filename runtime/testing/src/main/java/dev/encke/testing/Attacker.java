package dev.encke.testing;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.exceptions.UpgradeException;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.JettyUpgradeListener;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * A hostile client for the attack suite: Jetty's HTTP and WebSocket clients bound to a loopback
 * source address of its own ({@code 127.0.0.2}, …), so that the server sees another client than
 * the browser on {@code 127.0.0.1}. It keeps no cookie of its own and counts every byte it puts on
 * the wire: request lines, headers, bodies and WebSocket frames. Its threads are named {@code
 * attacker-…}, so that a test can tell them from the server's. Thread-safe.
 */
public final class Attacker implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 20;
  private static final int MAX_BODY = 1 << 20;

  /** One pool for every attacker of the JVM, so that fifty attackers do not start fifty pools. */
  private static final QueuedThreadPool THREADS = sharedThreads();

  private final URI server;
  private final QueuedThreadPool ownThreads;
  private final HttpClient http = new HttpClient();
  private final WebSocketClient webSockets;
  private final AtomicLong bytesSent = new AtomicLong();

  private Attacker(String sourceAddress, URI server, int connections, String rebound,
      QueuedThreadPool ownThreads) throws Exception {
    this.server = rebound == null ? server
        : URI.create(server.getScheme() + "://" + rebound + ":" + server.getPort() + "/");
    this.ownThreads = ownThreads;
    http.setExecutor(ownThreads != null ? ownThreads : THREADS);
    http.setBindAddress(new InetSocketAddress(sourceAddress, 0));
    http.setMaxConnectionsPerDestination(connections);
    http.setMaxRequestsQueuedPerDestination(100_000);
    http.setConnectTimeout(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    http.setHttpCookieStore(new HttpCookieStore.Empty());
    http.setUserAgentField(null);
    if (rebound != null) {
      InetSocketAddress real = new InetSocketAddress(server.getHost(), server.getPort());
      http.setSocketAddressResolver((host, port, context, promise) ->
          promise.succeeded(List.of(host.equals(rebound) ? real : new InetSocketAddress(host, port))));
    }
    http.start();
    webSockets = new WebSocketClient(http);
    webSockets.start();
  }

  /**
   * An attacker on {@code sourceAddress} against the Encke server at {@code server}, with up to 64
   * connections open at once.
   */
  public static Attacker from(String sourceAddress, URI server) {
    return from(sourceAddress, server, 64);
  }

  /** As {@link #from(String, URI)}, with up to {@code connections} connections at once. */
  public static Attacker from(String sourceAddress, URI server, int connections) {
    return start(sourceAddress, server, connections, null, null);
  }

  /**
   * An attacker that reaches the server under a name of its own, as a DNS rebinding attack does:
   * {@code name} (such as {@code evil.example}) resolves to the server's address, so requests carry
   * {@code Host: name:port}, and the attacker's pages have the origin {@code http://name:port}.
   */
  public static Attacker rebinding(String sourceAddress, URI server, String name) {
    return start(sourceAddress, server, 64, name, null);
  }

  /**
   * A client with threads of its own, named {@code visitor}: an honest visitor timed beside a
   * flood, which must not wait behind the attackers' work in their shared pool.
   */
  public static Attacker visitor(String sourceAddress, URI server) {
    return start(sourceAddress, server, 8, null, threads(16, "visitor"));
  }

  private static Attacker start(String sourceAddress, URI server, int connections, String name,
      QueuedThreadPool ownThreads) {
    try {
      return new Attacker(sourceAddress, server, connections, name, ownThreads);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start an attacker on " + sourceAddress, e);
    }
  }

  private static QueuedThreadPool sharedThreads() {
    return threads(64, "attacker");
  }

  private static QueuedThreadPool threads(int max, String name) {
    QueuedThreadPool threads = new QueuedThreadPool(max, 4);
    threads.setName(name);
    threads.setDaemon(true);
    try {
      threads.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the " + name + " threads", e);
    }
    return threads;
  }

  /** Every byte sent so far. */
  public long bytesSent() {
    return bytesSent.get();
  }

  /**
   * The origin a page of the server would send, {@code http://127.0.0.1:port}; the foreign name's
   * when rebinding.
   */
  public String origin() {
    return PageHello.origin(server);
  }

  /** A request to {@code path} of the server, counted when sent; headers and body to be added. */
  public Request request(HttpMethod method, String path) {
    Request request = http.newRequest(server.resolve(path)).method(method)
        .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    count(request);
    return request;
  }

  /** {@code POST /encke/hello} for {@code page}, from the server's own origin, without cookie. */
  public Request hello(String page) {
    return post("/encke/hello", "{\"t\":\"hello\",\"v\":1,\"page\":\"" + page + "\"}");
  }

  /** A POST of {@code body} to {@code path}, from the server's own origin. */
  public Request post(String path, String body) {
    return request(HttpMethod.POST, path)
        .headers(headers -> headers.put("Origin", origin()))
        .body(new StringRequestContent("application/json", body));
  }

  /** Sends {@code request} and waits for its whole answer. */
  public Answer send(Request request) {
    return sendAsync(request).join();
  }

  /** Sends {@code request}; the answer, or status 0 and the failure's text when it failed. */
  public CompletableFuture<Answer> sendAsync(Request request) {
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    request.send(new BufferingResponseListener(MAX_BODY) {
      @Override
      public void onComplete(Result result) {
        if (result.getResponse() != null && result.getResponse().getStatus() > 0
            && result.getResponseFailure() == null) {
          answer.complete(new Answer(result.getResponse().getStatus(),
              result.getResponse().getHeaders(), getContentAsString(StandardCharsets.UTF_8)));
        } else {
          answer.complete(new Answer(0, HttpFields.EMPTY, String.valueOf(result.getFailure())));
        }
      }
    });
    return answer;
  }

  /** Says hello for {@code page} and returns the server-issued browser cookie, {@code name=value}. */
  public String issuedCookie(String page) {
    Answer answer = send(hello(page));
    String setCookie = answer.headers().get("Set-Cookie");
    if (answer.status() != 200 || setCookie == null) {
      throw new IllegalStateException("hello answered " + answer + " without a cookie");
    }
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  /**
   * Sends {@code attempts} requests made by {@code attempt} (given their index), at most {@code
   * inFlight} at a time, and tallies the answers.
   */
  public Tally flood(int attempts, int inFlight, IntFunction<CompletableFuture<Answer>> attempt) {
    Tally tally = new Tally();
    List<CompletableFuture<Answer>> window = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      window.add(attempt.apply(i).whenComplete((answer, failure) -> tally.add(answer)));
      if (window.size() >= inFlight) {
        window.remove(0).join();
      }
    }
    window.forEach(CompletableFuture::join);
    return tally;
  }

  /**
   * Opens a WebSocket to {@code /encke/ws} with {@code headers} (such as {@code Cookie}; the
   * server's own {@code Origin} unless given), its messages and close going to {@code listener};
   * the answer is 101 with the open socket, or the status of the refused upgrade.
   */
  public CompletableFuture<Upgrade> upgrade(Map<String, String> headers, Session.Listener listener) {
    URI uri = URI.create("ws://" + server.getHost() + ":" + server.getPort() + "/encke/ws");
    ClientUpgradeRequest upgrade = new ClientUpgradeRequest(uri);
    upgrade.setHeader("Origin", origin());
    headers.forEach(upgrade::setHeader);
    upgrade.setTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    HttpFields.Mutable answered = HttpFields.build();
    JettyUpgradeListener handshake = new JettyUpgradeListener() {
      @Override
      public void onHandshakeRequest(Request request) {
        count(request);
      }

      @Override
      public void onHandshakeResponse(Request request, org.eclipse.jetty.client.Response response) {
        answered.add(response.getHeaders());
      }
    };
    try {
      return webSockets.connect(listener, upgrade, handshake).handle((session, failure) -> {
        if (failure == null) {
          return new Upgrade(101, new Socket(session), answered.asImmutable());
        }
        Throwable cause = failure;
        while (cause != null && !(cause instanceof UpgradeException)) {
          cause = cause.getCause();
        }
        int status = cause == null ? 0 : ((UpgradeException) cause).getResponseStatusCode();
        return new Upgrade(status, null, answered.asImmutable());
      });
    } catch (java.io.IOException e) {
      return CompletableFuture.completedFuture(new Upgrade(0, null, HttpFields.EMPTY));
    }
  }

  private void count(Request request) {
    request.onRequestHeaders(sent -> {
      long bytes = sent.getMethod().length() + 1 + sent.getURI().getRawPath().length()
          + (sent.getQuery() == null ? 0 : sent.getQuery().length() + 1) + " HTTP/1.1\r\n".length();
      for (HttpField field : sent.getHeaders()) {
        bytes += field.getName().length() + 2 + String.valueOf(field.getValue()).length() + 2;
      }
      bytesSent.addAndGet(bytes + 2);
    });
    request.onRequestContent((sent, content) -> bytesSent.addAndGet(content.remaining()));
  }

  @Override
  public void close() {
    try {
      webSockets.stop();
      http.stop();
      if (ownThreads != null) {
        ownThreads.stop();
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the attacker", e);
    }
  }

  /** An HTTP answer: its status and headers and body; status 0 and the failure when it failed. */
  public record Answer(int status, HttpFields headers, String body) {

    /** The {@code Retry-After} header, or {@code null}. */
    public String retryAfter() {
      return headers.get("Retry-After");
    }
  }

  /** How a WebSocket upgrade was answered: 101 and the socket, or the refusal's status. */
  public record Upgrade(int status, Socket socket, HttpFields headers) {}

  /** An open WebSocket of the attacker; each message it sends is counted as framed. */
  public final class Socket {
    private final Session session;

    private Socket(Session session) {
      this.session = session;
    }

    /** Sends one text message, without waiting. */
    public void send(String text) {
      long length = text.getBytes(StandardCharsets.UTF_8).length;
      long header = 2 + 4 + (length > 65_535 ? 8 : length > 125 ? 2 : 0);
      bytesSent.addAndGet(header + length);
      session.sendText(text, Callback.NOOP);
    }

    /** Sends one text message and calls {@code done} when it was written or failed. */
    public void send(String text, Consumer<Throwable> done) {
      long length = text.getBytes(StandardCharsets.UTF_8).length;
      bytesSent.addAndGet(2 + 4 + (length > 65_535 ? 8 : length > 125 ? 2 : 0) + length);
      session.sendText(text, Callback.from(() -> done.accept(null), done));
    }

    public boolean isOpen() {
      return session.isOpen();
    }

    /** Drops the connection without a close handshake. */
    public void drop() {
      session.disconnect();
    }
  }

  /**
   * A listener that reads and drops every message and counts the close codes it is told; Jetty
   * calls listeners through public lookups, so a test's own must be public too.
   */
  public static final class Closes implements Session.Listener.AutoDemanding {
    private final Map<Integer, AtomicLong> byCode = new java.util.concurrent.ConcurrentHashMap<>();

    /** A socket the server closed or dropped is an outcome the test reads, not an error to log. */
    @Override
    public void onWebSocketError(Throwable cause) {
      byCode.computeIfAbsent(0, code -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
      callback.succeed();
      byCode.computeIfAbsent(statusCode, code -> new AtomicLong()).incrementAndGet();
    }

    /** How many sockets were closed with {@code code}. */
    public long count(int code) {
      AtomicLong count = byCode.get(code);
      return count == null ? 0 : count.get();
    }
  }

  /** The answers of a flood, counted by status. */
  public static final class Tally {
    private final Map<Integer, AtomicLong> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong withRetryAfter = new AtomicLong();

    void add(Answer answer) {
      byStatus.computeIfAbsent(answer.status(), status -> new AtomicLong()).incrementAndGet();
      if (answer.retryAfter() != null) {
        withRetryAfter.incrementAndGet();
      }
    }

    /** How many answers had {@code status}. */
    public long count(int status) {
      AtomicLong count = byStatus.get(status);
      return count == null ? 0 : count.get();
    }

    /** How many answers carried {@code Retry-After}. */
    public long withRetryAfter() {
      return withRetryAfter.get();
    }

    @Override
    public String toString() {
      return "answers by status " + new java.util.TreeMap<>(byStatus) + ", " + withRetryAfter
          + " with Retry-After";
    }
  }
}
