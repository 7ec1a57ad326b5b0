package dev.encke.internal.session;

import java.nio.ByteBuffer;

/**
 * The transport end of one page's channel. Implementations keep at most one write in flight and
 * write frames in the order {@link #send} was called; {@code send} never blocks.
 */
public interface Connection {

  /** Queues a complete down-link frame for writing. */
  void send(ByteBuffer frame);

  /** Closes the connection; frames still queued are dropped. */
  void close();
}
