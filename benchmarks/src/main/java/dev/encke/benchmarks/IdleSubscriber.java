package dev.encke.benchmarks;

/**
 * A client that only connects and waits for the server's first message; for the Jetty WebSocket
 * floor, which speaks no protocol beyond a greeting.
 */
final class IdleSubscriber extends Subscriber {

  /** The WebSocket endpoint of the Jetty floor. */
  static final String PATH = "/floor";

  private volatile boolean greeted;

  IdleSubscriber(WsFleet fleet) {
    super(fleet);
  }

  @Override
  void onOpen(Link link) {
    // The server greets first.
  }

  @Override
  void onMessage(Link link, String message) {
    if (!greeted) {
      greeted = true;
      ready();
    }
  }
}
