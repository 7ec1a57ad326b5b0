package dev.encke.benchmarks;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.websocket.core.CloseStatus;

/**
 * One simulated page or Bayeux client, speaking its server's protocol over a {@link Link}; it
 * outlives its links, so that it can resume after a reconnect with what it received so far. Calls
 * for one link come from one thread at a time.
 */
abstract class Subscriber {

  private final WsFleet fleet;
  private final Sequence sequence = new Sequence();
  private volatile Link link;

  Subscriber(WsFleet fleet) {
    this.fleet = fleet;
  }

  /** Makes the link for the next connection; the old one, if any, is no longer listened to. */
  final Link newLink() {
    Link fresh = new Link(this);
    link = fresh;
    return fresh;
  }

  final Link link() {
    return link;
  }

  final Sequence sequence() {
    return sequence;
  }

  /**
   * Does what the protocol needs before a WebSocket connects, over plain HTTP to the server at
   * {@code base}; nothing unless overridden.
   */
  CompletableFuture<Void> prepare(HttpClient http, URI base) {
    return CompletableFuture.completedFuture(null);
  }

  /** Adds the headers a browser would send with the WebSocket upgrade; none unless overridden. */
  void upgradeHeaders(HttpFields.Mutable headers) {}

  /** Sends what the protocol sends up periodically, such as coalesced acknowledgements. */
  void tick() {}

  /**
   * Whether the fleet pings this client's link, so that a server whose protocol has no heartbeat
   * of its own does not idle it out between phases; true unless overridden.
   */
  boolean pings() {
    return true;
  }

  /** The connection is open: start the protocol's handshake, or resume. */
  abstract void onOpen(Link link);

  /** A complete text message from the server. */
  abstract void onMessage(Link link, String message);

  final void onClosed(Link closed, CloseStatus status) {
    if (closed == link && !closed.isDropped()) {
      fleet.unexpectedClose(this, status);
    }
  }

  /** Records the payloads a message carries. */
  final void receivePayloads(String message) {
    PayloadScanner.scan(message, (n, sentNanos) -> {
      sequence.accept(n);
      fleet.deliveries().record(n, sentNanos);
    });
  }

  /** The subscriber is ready to receive: connected and subscribed, or resumed after a reconnect. */
  final void ready() {
    fleet.ready();
  }

  /** The server had forgotten this client's session, so it starts over and misses what was queued. */
  final void startedOver() {
    fleet.startedOver();
  }

  /** A protocol error the report should show, such as a rejected handshake. */
  final void failed(String reason) {
    fleet.protocolError(reason);
  }
}
