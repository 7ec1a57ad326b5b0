package dev.encke;

import dev.encke.internal.jetty.EnckeServer;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;

/**
 * A running Encke server: a Jetty 12 server that serves the application's pages, the client runtime
 * {@code /encke/encke.js} and the Comet channel those pages connect back on.
 *
 * <p>Start one with {@link #builder()}:
 *
 * <pre>{@code
 * try (Encke encke = Encke.builder().port(8080).staticResources("web").start()) {
 *   Browser.withAllSessions(() -> Util.setValue("price", 42));
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe. {@link Browser}'s static methods act on the one running instance; the
 * instance methods here act on this server only.
 */
public interface Encke extends AutoCloseable {

  /** Returns a builder with secure defaults: bound to 127.0.0.1 on port 8080. */
  static Builder builder() {
    return EnckeServer.builder();
  }

  /** The port the server listens on; the real port when it was configured as 0. */
  int port();

  /** The base address pages are served from, such as {@code http://127.0.0.1:8080/}. */
  URI uri();

  /** A snapshot of the script sessions (one per open page view) this server knows now. */
  Collection<ScriptSession> sessions();

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

  /** Stops the server and closes every connection; waits for Jetty to stop. */
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
     * Builds and starts the server.
     *
     * @throws IllegalStateException when Jetty cannot start, for example because the port is taken
     */
    Encke start();
  }
}
