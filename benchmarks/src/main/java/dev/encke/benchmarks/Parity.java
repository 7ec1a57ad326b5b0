package dev.encke.benchmarks;

import dev.encke.internal.session.SessionSettings;
import java.lang.reflect.Field;

/**
 * What puts the other servers on Encke's terms, read from Encke itself where it can be, so that the
 * two cannot drift apart unnoticed.
 */
final class Parity {

  /**
   * The listen backlog every server gets: Encke's (its connector's accept queue). The report shows
   * each server's backlog as the kernel reports it, so a difference shows.
   */
  static final int ACCEPT_QUEUE = 4096;

  private Parity() {}

  /**
   * How long Encke keeps a session whose connection is gone, with its pushes, for the page to come
   * back: its default disconnect grace. CometD's counterpart is {@code maxInterval} (10 s unless
   * set), after which a client that has not reconnected is expired and must handshake anew, losing
   * what was queued for it.
   */
  static long enckeDisconnectGraceMillis() {
    return SessionSettings.defaults().disconnectGrace().toMillis();
  }

  /**
   * How many queued messages Encke sends in one WebSocket message (one per line), CometD's {@code
   * ws.messagesPerFrame}: a private constant of the core's WebSocket connection, read by reflection
   * because the runtime does not publish it.
   */
  static int enckeMessagesPerWrite() {
    String connection = "dev.encke.internal.channel.SocketConnection";
    try {
      Field field = Class.forName(connection).getDeclaredField("FRAMES_PER_WRITE");
      field.setAccessible(true);
      return field.getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + connection
          + ".FRAMES_PER_WRITE, which the CometD peer's ws.messagesPerFrame must equal", e);
    }
  }
}
