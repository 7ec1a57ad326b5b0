package dev.encke;

import dev.encke.internal.host.ServerSettings;
import java.net.URI;
import java.nio.file.Path;
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
   * Every page the user named {@code name} has open, in any tab or browser, as {@link
   * ScriptSession#user()} says; found through an index by user, not a scan.
   */
  Target user(String name);

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

  /**
   * Stops the server gracefully, for a rolling restart behind a load balancer: new pages are
   * refused (503 with {@code Retry-After}); every open page is asked to acknowledge at once,
   * rather than after its acknowledgement delay; the caller's thread waits, up to {@code grace},
   * until every open page has acknowledged every push made before this call; then every page is
   * told to reconnect, which it does by reloading (the load balancer sends it to another node),
   * and the server closes as {@link #close()} does. A push made while it waits is still delivered
   * if the page acknowledges it in time. Call it from an application thread, never a server
   * thread.
   *
   * @throws IllegalArgumentException when {@code grace} is negative
   */
  void shutdown(java.time.Duration grace);

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
     * A folder on disk whose files are served under {@code urlPrefix}, for a library that no
     * registry has and that cannot be copied onto the classpath: {@code staticDirectory("/gi",
     * Path.of("/opt/gi-3.9.1"))} serves {@code /opt/gi-3.9.1/JSX/js/JSX30.js} at {@code
     * /gi/JSX/js/JSX30.js}. Folders are never listed. The prefix belongs to the folder: nothing
     * else is served under it. Giving a prefix again replaces its folder.
     *
     * @param urlPrefix a path such as {@code /gi}, without a trailing slash, outside {@code /encke}
     * @throws IllegalArgumentException when the prefix is not such a path or the folder does not
     *     exist
     */
    Builder staticDirectory(String urlPrefix, Path directory);

    /**
     * The {@code Content-Security-Policy} header sent with every page that has no policy of its own
     * ({@link #contentSecurityPolicy(String, String)}); {@code script-src 'self'} unless set. The
     * client runtime never needs more. Whatever policy a response gets, this one or a path's,
     * {@code frame-ancestors 'self'; object-src 'none'; base-uri 'self'} are joined to it unless it
     * sets those directives itself, and {@code X-Frame-Options} matches its {@code
     * frame-ancestors}.
     */
    Builder contentSecurityPolicy(String policy);

    /**
     * The {@code Content-Security-Policy} header of the pages at {@code pathPattern}: an absolute
     * path such as {@code /gi/trading.html}, or a folder and everything under it, such as {@code
     * /gi/*}. An exact path wins over a folder, a longer folder over a shorter one; every other
     * page keeps the default policy. For a widget library that needs more than {@code script-src
     * 'self'} (TIBCO General Interface evaluates code and paints inline event handlers), give its
     * pages alone what it needs. Setting a pattern again replaces its policy.
     *
     * @throws IllegalArgumentException when the pattern is neither, or the policy is blank
     */
    Builder contentSecurityPolicy(String pathPattern, String policy);

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
     * https://app.example.com}; WebSocket upgrades and POSTs from any other origin get 403. Their
     * hosts are among those the server answers as.
     */
    Builder allowedOrigins(String... origins);

    /**
     * The largest up-link message (WebSocket message or POST body); 64 KiB unless set. A hello or
     * a resume may be 4 KiB at most.
     */
    Builder maxUplinkBytes(int bytes);

    /** Up-link messages one session may send per second (bursts of twice that); 100 unless set. */
    Builder maxMessagesPerSecond(int messages);

    /**
     * Script sessions one browser (one cookie) may hold open at once; 32 unless set. A hello past
     * it is answered 429 with {@code Retry-After}.
     */
    Builder maxSessionsPerBrowser(int sessions);

    /**
     * Up-link bytes one page may send a second, counted before a message is decoded or parsed;
     * bursts of twice that (at least one largest message); 256 KiB unless set. A WebSocket message
     * past it is refused with an {@code error}, a POST with 429 and {@code Retry-After}.
     */
    Builder maxUplinkBytesPerSecond(int bytes);

    /**
     * Script sessions the server holds at once, every client together; 10,000 unless set. A hello
     * past it is answered 503 with {@code Retry-After}.
     */
    Builder maxSessions(int sessions);

    /**
     * Script sessions one client address may hold at once (an IPv6 address counts by its /64);
     * 256 unless set, so that one address cannot take the server's {@link #maxSessions} from
     * everyone else. A hello past it is answered 429 with {@code Retry-After}. Behind a proxy, see
     * {@link #trustedProxies}.
     */
    Builder maxSessionsPerAddress(int sessions);

    /**
     * Connections one client address may hold open at once: WebSockets, SSE and streaming
     * responses, waiting long polls; 256 unless set. One past it is answered 429 with {@code
     * Retry-After}.
     */
    Builder maxConnectionsPerAddress(int connections);

    /**
     * Hellos (new page views) one client address may send a second, bursts of twice that; 50
     * unless set. One past it is answered 429 with {@code Retry-After}, which the client runtime
     * waits for before it tries again.
     */
    Builder maxHellosPerAddressPerSecond(int hellos);

    /**
     * WebSocket upgrades one client address may send a second, bursts of twice that; 50 unless
     * set. One past it is answered 429 with {@code Retry-After}; the page falls back to another
     * transport if it must.
     */
    Builder maxUpgradesPerAddressPerSecond(int upgrades);

    /**
     * How long an upgraded WebSocket may take to send its first message, the resume; 5 seconds
     * unless set. Then the server closes it (1013, try again later), so that sockets that never
     * speak hold no file descriptor for long.
     */
    Builder handshakeTimeout(Duration timeout);

    /**
     * Host names the server answers as besides IP literals, {@code localhost}, the bound {@link
     * #host} and the hosts of the {@link #allowedOrigins}, such as {@code app.example.com}: what a
     * server behind a name needs. A request for any other host (a DNS rebinding page) is answered
     * 421.
     */
    Builder allowedHosts(String... hosts);

    /**
     * Proxies (IP addresses or CIDR ranges such as {@code 10.0.0.0/8}) whose {@code
     * X-Forwarded-For} names the client's address, and whose {@code X-Forwarded-Host}, {@code
     * -Proto} and {@code -Prefix} say how the client addressed the server (the host and origin
     * checks use them); none unless set. The client is the nearest
     * address in that header that is not itself a trusted proxy. From any other peer the header is
     * ignored, so that a client cannot pick the address its limits count.
     */
    Builder trustedProxies(String... addresses);

    /**
     * Serves {@code https://} and {@code wss://} only, with the private key and certificate chain
     * in {@code keyStore} (its one key entry), whose key is protected by {@code keyPassword}; plain
     * HTTP unless set. Only the embedded server listens itself: in a container or mounted in an
     * application's server, TLS is the container's business.
     *
     * @throws IllegalArgumentException when the key store holds no key entry
     */
    Builder tls(java.security.KeyStore keyStore, char[] keyPassword);

    /**
     * The secret the browser cookies are signed with (HMAC-SHA256), at least 32 bytes; 32 random
     * bytes at each start unless set. Only a cookie the server signed opens a channel. Give every
     * node of a cluster the same secret, so that each accepts the cookies of the others.
     */
    Builder browserCookieSecret(byte[] secret);

    /**
     * Threads that run session listeners, callbacks and reply completions; 16 unless set. A page
     * takes a thread for at most 16 tasks in a row before the other pages get their turn.
     */
    Builder listenerThreads(int threads);

    /**
     * Events (callback calls) of one page that may wait for their turn at the listener threads; 64
     * unless set. Past it the page's events are refused with an {@code error}, so that a page that
     * floods delays only itself.
     */
    Builder maxQueuedEventsPerPage(int events);

    /**
     * Whether raw JavaScript ({@link dev.encke.js.ScriptBuffer}) may be pushed at all; off unless
     * set. Even then it goes only to pages that opt in themselves; see {@code ScriptBuffer}.
     */
    Builder allowRawScript(boolean allow);

    /**
     * Names the user of each new page whose request the host did not authenticate (the embedded
     * server authenticates none; a container's principal, where there is one, wins); none unless
     * set, and then such pages have no {@link ScriptSession#user()}. See {@link UserResolver} for
     * why the resolver must verify a credential the application issued, never trust a name.
     */
    Builder userResolver(UserResolver resolver);

    /** Adds a listener told about every session's life. */
    Builder listener(ScriptSessionListener listener);

    /**
     * What carries pushes to the pages other nodes of a cluster hold, such as {@code
     * encke-redis}'s; {@link dev.encke.spi.Backplane#inProcess()}, a cluster of one, unless set.
     * The server owns it from then on and closes it when it stops. In a cluster, filters must be
     * {@link DataFilter}s, and give every node the same {@link #browserCookieSecret}.
     */
    Builder backplane(dev.encke.spi.Backplane backplane);

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
