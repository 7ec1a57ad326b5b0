package dev.encke.benchmarks;

import java.net.URI;

/**
 * A client that only connects and waits for the server's first message; for the Jetty WebSocket
 * floor, which speaks no protocol beyond a greeting.
 */
final class IdleSubscriber extends Subscriber {

  private volatile boolean greeted;

  IdleSubscriber(WsFleet fleet) {
    super(fleet);
  }

  /** The WebSocket endpoint of the Jetty floor on {@code host:port}. */
  static URI endpoint(String host, int port) {
    return URI.create("ws://" + host + ":" + port + "/floor");
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
