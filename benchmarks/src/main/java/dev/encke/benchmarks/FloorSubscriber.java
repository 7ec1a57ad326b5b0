package dev.encke.benchmarks;

/**
 * A client of the bare Jetty server, which speaks no protocol: ready once greeted, then every text
 * message is a payload. Nothing is acknowledged and nothing resumes.
 */
final class FloorSubscriber extends Subscriber {

  /** The WebSocket endpoint of the bare Jetty server. */
  static final String PATH = "/floor";

  /** The first message the server sends on a new connection. */
  static final String GREETING = "{\"t\":\"hb\"}";

  private volatile boolean greeted;

  FloorSubscriber(WsFleet fleet) {
    super(fleet);
  }

  @Override
  void onOpen(Link link) {
    // The server greets first.
  }

  @Override
  void onMessage(Link link, String message) {
    if (!greeted && message.equals(GREETING)) {
      greeted = true;
      ready();
    } else {
      receivePayloads(message);
    }
  }
}
