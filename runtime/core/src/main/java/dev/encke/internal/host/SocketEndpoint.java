package dev.encke.internal.host;

import java.nio.ByteBuffer;

/**
 * The core's side of one WebSocket, from {@link Channel#upgrade}. The host calls these one at a
 * time, in the order the socket delivers; it assembles fragmented messages itself and discards one
 * longer than {@link #maxMessageBytes} as it arrives.
 */
public interface SocketEndpoint {

  /** Close status for a message that breaks the protocol. */
  int POLICY_VIOLATION = 1008;
  /** Close status of an orderly close. */
  int NORMAL = 1000;
  /** Close status of a socket that may come back later: it took too long to resume. */
  int TRY_AGAIN_LATER = 1013;

  /** The longest up-link message the host assembles; longer ones are reported as too large. */
  int maxMessageBytes();

  /** The socket is open; {@code sender} writes to it. */
  void opened(SocketSender sender);

  /**
   * One whole text message, as UTF-8 bytes that the core checks. The core reads them before it
   * returns and keeps no reference, so a host may pass its own frame buffer without a copy.
   */
  void received(ByteBuffer message);

  /** A message longer than {@link #maxMessageBytes} arrived and was discarded. */
  void tooLarge();

  /** A binary message arrived; the protocol has none. */
  void binary();

  /** The socket closed or failed; nothing more arrives. */
  void closed(String reason);
}
