package dev.encke.internal.host;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The host's side of one WebSocket. The core keeps at most one {@link #send} in flight; a host may
 * write the messages of one send in one socket write.
 */
public interface SocketSender {

  /** Sends each buffer as one text message, in order; {@code done} tells when all were sent. */
  void send(List<ByteBuffer> messages, Completion done);

  /** Closes the socket with a close status and a short reason, after what was sent before. */
  void close(int status, String reason);

  /** Whether messages may still be sent. */
  boolean isOpen();
}
