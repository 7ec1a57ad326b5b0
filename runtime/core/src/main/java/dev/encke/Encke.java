package dev.encke;

import dev.encke.internal.host.ServerSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;

/**
 * A running Encke server: it serves the application's pages, the client runtime {@code
 * /encke/encke.js} and the Comet channel those pages connect back on. {@link #builder()} starts the
 * embedded server of the host module on the class path ({@code encke-jetty}).
 *
 * <p>Start one with {@link #builder()}:
 *
 * <pre>{@code
 * try (Encke encke = Encke.builder().port(8080).staticResources("web").start()) {
 *   Browser.withAllSessions(() -> Util.setValue("price", 42));
 *   encke.page("/share.html").run(() -> Effect.shake("price"));
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe; pushes may come from any thread and never block. {@link Browser}'s
 * static methods act on the one running instance; the methods here act on this server only.
 */
public interface Encke extends AutoCloseable {

  /** Returns a builder with secure defaults: bound to 127.0.0.1 on port 8080. */
  static Builder builder() {
    return new ServerSettings();
  }

  /** The port the server listens on; the real port when it was configured as 0. */
  int port();

  /** The base address pages are served from, such as {@code http://127.0.0.1:8080/}. */
  URI uri();

  /** A snapshot of the script sessions (one per open page view) this server knows now. */
  Collection<ScriptSession> sessions();

  /**
   * What the server is doing now: sessions by transport, deliveries per second and delivery
   * latency over the last few seconds. Cheap enough to call every second.
   */
  EnckeMetrics metrics();

  /** Every session of this server. */
  Target allSessions();

  /**
   * The sessions of the pages at {@code path}, such as {@code /share.html}; found through an index
   * by page, not a scan.
   */
  Target page(String path);

  /** The session with this id; a target that chooses nothing once the session has ended. */
  Target session(String sessionId);

  /**
   * Runs {@code calls} and pushes the commands they record, as one batch, to every session of this
   * server. The batch is encoded once whatever the number of sessions.
   */
  void withAllSessions(Runnable calls);

  /**
   * Runs {@code calls} and pushes the commands they record, as one batch, to the session with the
   * given id.
   *
   * @throws IllegalArgumentException when no session has that id
   */
  void withSession(String sessionId, Runnable calls);

  /** Stops the server and closes every connection; ends every session; waits for it to stop. */
  @Override
  void close();

  /** Configures and starts an {@link Encke} server. Not thread-safe; use from one thread. */
  interface Builder {

    /** The address to bind; {@code 127.0.0.1} unless set. */
    Builder host(String host);

    /** The port to listen on, 0 for any free port; 8080 unless set. */
    Builder port(int port);

    /**
     * A classpath folder whose files are served as the application's pages, for example {@code
     * "web"} serves {@code web/share.html} at {@code /share.html}.
     */
    Builder staticResources(String classpathFolder);

    /**
     * The {@code Content-Security-Policy} header sent with every page; {@code script-src 'self'}
     * unless set. The client runtime never needs more.
     */
    Builder contentSecurityPolicy(String policy);

    /**
     * How long a value asked of a page (a getter's {@code CompletableFuture}) may take before it
     * fails with a {@code TimeoutException}; 10 seconds unless set.
     */
    Builder replyTimeout(Duration timeout);

    /**
     * How often an idle connection carries a heartbeat, on every transport; 10 seconds unless set,
     * at most 15 seconds (half of the hosts' 30-second idle timeout). A page that hears nothing for 2.5
     * intervals reconnects; a WebSocket the server hears nothing on for 3 intervals is closed.
     */
    Builder heartbeat(Duration interval);

    /**
     * How long a session without a connection is kept, with its pushes, for the page to come back;
     * 60 seconds unless set. Then it expires and its listeners are told.
     */
    Builder disconnectGrace(Duration grace);

    /**
     * The bound of each session's outbound log of pushes the page has not acknowledged; 1,000
     * messages and 4 MiB unless set. Reaching it applies the {@link #overflowPolicy}.
     */
    Builder outboundLimit(int messages, long bytes);

    /** What happens to a page that falls too far behind; {@link OverflowPolicy#RELOAD_PAGE}. */
    Builder overflowPolicy(OverflowPolicy policy);

    /**
     * The transports pages may use, in the order they try them; all four unless set. Giving one
     * forces it. A page can narrow further with {@code ?encke-transport=sse} in its address.
     */
    Builder transports(Transport... transports);

    /**
     * Origins besides the server's own that may open channels, such as {@code
     * https://app.example.com}; WebSocket upgrades and POSTs from any other origin get 403.
     */
    Builder allowedOrigins(String... origins);

    /** The largest up-link message (WebSocket message or POST body); 64 KiB unless set. */
    Builder maxUplinkBytes(int bytes);

    /** Up-link messages one session may send per second (bursts of twice that); 100 unless set. */
    Builder maxMessagesPerSecond(int messages);

    /** Script sessions one browser (one cookie) may hold open at once; 32 unless set. */
    Builder maxSessionsPerBrowser(int sessions);

    /**
     * Whether raw JavaScript ({@link dev.encke.js.ScriptBuffer}) may be pushed at all; off unless
     * set. Even then it goes only to pages that opt in themselves; see {@code ScriptBuffer}.
     */
    Builder allowRawScript(boolean allow);

    /** Adds a listener told about every session's life. */
    Builder listener(ScriptSessionListener listener);

    /**
     * Builds and starts the embedded server of the host module on the class path.
     *
     * @throws IllegalStateException when no host module is on the class path (add {@code
     *     dev.encke:encke-jetty}), or the server cannot start, for example because the port is
     *     taken
     */
    Encke start();
  }
}
