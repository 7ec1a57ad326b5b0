package dev.encke.benchmarks;

import java.net.URI;

/**
 * A page as Encke's client runtime behaves on the wire (docs/protocol.md): it waits for
 * {@code welcome}, applies each {@code batch} once, in {@code seq} order, and acknowledges it.
 */
final class EnckeSubscriber extends Subscriber {

  private static final String BATCH = "{\"t\":\"batch\",\"seq\":";
  private static final String WELCOME = "{\"t\":\"welcome\"";
  private static final String SESSION = "\"session\":\"";

  private String sessionId;
  private long lastSeq;

  EnckeSubscriber(WsFleet fleet) {
    super(fleet);
  }

  /** The WebSocket endpoint of an Encke server on {@code host:port}. */
  static URI endpoint(String host, int port) {
    return URI.create("ws://" + host + ":" + port + "/encke/ws?page=/bench");
  }

  @Override
  void onOpen(Link link) {
    // Encke speaks first: the page waits for welcome.
  }

  @Override
  void onMessage(Link link, String message) {
    if (message.startsWith(BATCH)) {
      long seq = PayloadScanner.numberAfter(message, BATCH);
      if (seq > lastSeq) {
        lastSeq = seq;
        receivePayloads(message);
      }
      link.send("{\"t\":\"ack\",\"seq\":" + seq + "}");
    } else if (message.startsWith(WELCOME)) {
      int start = message.indexOf(SESSION) + SESSION.length();
      String session = message.substring(start, message.indexOf('"', start));
      if (!session.equals(sessionId)) {
        // A new session numbers its batches from 1 again.
        sessionId = session;
        lastSeq = 0;
      }
      ready();
    } else {
      failed("Encke: " + message);
    }
  }
}
