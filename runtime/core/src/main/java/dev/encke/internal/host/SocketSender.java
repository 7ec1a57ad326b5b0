package dev.encke.internal.host;

import java.nio.ByteBuffer;

/**
 * The host's side of one WebSocket. The core keeps at most one {@link #send} in flight, and puts
 * what a page waits for into one message (a line per frame), so a host sends each as it comes.
 */
public interface SocketSender {

  /** Sends {@code message} as one text message; {@code done} tells when it was sent. */
  void send(ByteBuffer message, Completion done);

  /** Closes the socket with a close status and a short reason, after what was sent before. */
  void close(int status, String reason);

  /** Whether messages may still be sent. */
  boolean isOpen();
}
