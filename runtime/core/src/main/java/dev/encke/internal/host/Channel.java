package dev.encke.internal.host;

import dev.encke.ScriptSession;
import dev.encke.internal.channel.ChannelEndpoints;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.session.DefaultScriptSession;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;

/**
 * The core's whole channel for one server, as a host sees it: the sessions, and the endpoints under
 * {@code /encke/} that a host hands its HTTP requests and WebSockets to. A host only moves bytes;
 * hello, resume, the up-link, the down-link write loop (one write in flight per connection, pulled
 * from the session's log), heartbeats, and the host, origin, cookie, CSRF, size and rate checks,
 * the limits per client address and the security headers are all here. Thread-safe; no method
 * blocks.
 */
public final class Channel implements AutoCloseable {

  /** Where pages open their WebSocket. */
  public static final String WEBSOCKET_PATH = "/encke/ws";

  /** How often a draining server looks whether every page has acknowledged. */
  private static final Duration DRAIN_POLL = Duration.ofMillis(20);

  private final SessionHub hub;
  private final ChannelEndpoints endpoints;

  private Channel(SessionHub hub, ChannelEndpoints endpoints) {
    this.hub = hub;
    this.endpoints = endpoints;
  }

  /**
   * Opens the channel of a server; {@code writers} is where connections write after a push woke
   * them, the host's own thread pool.
   */
  public static Channel open(ServerConfig config, Executor writers, String name) {
    SessionHub hub = SessionHub.open(config.sessions(), name);
    return new Channel(hub, new ChannelEndpoints(hub, writers, config.channel()));
  }

  /**
   * Screens any request the host serves, pages and static files included, before it serves it:
   * sets the security headers every response carries (the page's Content-Security-Policy with
   * {@code frame-ancestors}, {@code object-src} and {@code base-uri} joined to it, {@code
   * X-Frame-Options}, {@code nosniff}) and refuses with 421 a request for a host the server does
   * not answer as. The channel's own endpoints screen themselves.
   *
   * @return whether the host may go on serving it; when not, the exchange has been answered
   */
  public boolean screen(HttpExchange exchange) {
    return endpoints.screen(exchange);
  }

  /** Whether {@code path} is one of the channel's HTTP endpoints (not the WebSocket). */
  public boolean handles(String path) {
    return endpoints.handles(path);
  }

  /** Handles one request to a path {@link #handles} accepts; ends the exchange. */
  public void handle(HttpExchange exchange) {
    endpoints.handle(exchange);
  }

  /**
   * Checks a WebSocket upgrade at {@link #WEBSOCKET_PATH}: the endpoint of the new socket, or
   * {@code null} when it is refused, in which case the exchange has been answered.
   */
  public SocketEndpoint upgrade(HttpExchange exchange) {
    return endpoints.upgrade(exchange);
  }

  /** The largest up-link message, for a host that limits its WebSocket frames. */
  public int maxMessageBytes() {
    return hub.settings().maxUplinkBytes();
  }

  /**
   * Refuses new pages, asks every page for its acknowledgement, waits up to {@code grace} until
   * every session acknowledged what was pushed to it, then tells every page to reconnect; on the
   * caller's thread.
   */
  void drain(Duration grace) {
    Objects.requireNonNull(grace, "grace == null");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative: " + grace);
    }
    endpoints.refuseNewPages();
    for (ScriptSession session : hub.snapshot()) {
      ((DefaultScriptSession) session).askForAcknowledgement();
    }
    long deadline = System.nanoTime() + grace.toNanos();
    while (!allAcknowledged() && System.nanoTime() - deadline < 0) {
      LockSupport.parkNanos(DRAIN_POLL.toNanos());
    }
    for (ScriptSession session : hub.snapshot()) {
      ((DefaultScriptSession) session).sendControl(Frames.reload("the server is shutting down: reconnect elsewhere"));
    }
  }

  private boolean allAcknowledged() {
    for (ScriptSession session : hub.snapshot()) {
      if (session.isConnected() && ((DefaultScriptSession) session).backlog().messages() > 0) {
        return false;
      }
    }
    return true;
  }

  SessionHub hub() {
    return hub;
  }

  /** Ends every session and closes every connection. */
  @Override
  public void close() {
    hub.close();
  }

  @Override
  public String toString() {
    return hub.toString();
  }
}
