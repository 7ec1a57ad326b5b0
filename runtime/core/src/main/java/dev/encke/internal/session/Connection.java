package dev.encke.internal.session;

import dev.encke.Transport;

/**
 * The transport end of one page's channel. A connection pulls what it writes from its session
 * ({@link DefaultScriptSession#outgoing}), keeps at most one write in flight, and writes in log
 * order. Every method may be called from any thread and never blocks.
 */
public interface Connection {

  /**
   * Something new waits in the session: write it when the current write completes. The writing
   * runs on the server's thread pool, never on the caller's thread.
   */
  void wake();

  /** As {@link #wake()}, but writing on the calling thread, which must not be an application's. */
  void writeNow();

  /**
   * As {@link #wake()}, for one of the many connections a delivery wakes: the writing is handed to
   * the pool together with others' in {@code group}.
   */
  default void wake(WakeGroup group) {
    wake();
  }

  /**
   * As {@link #wake()}, for a push to this page alone: when no write is in flight or queued, the
   * calling thread starts the write itself, which never blocks, and saves the hand-over to the
   * pool; otherwise the write in flight, or the wake-up queued, takes the push along.
   */
  default void wakeInline() {
    wake();
  }

  /** Write a heartbeat if nothing else is written before then. */
  void heartbeat();

  /** When this connection last wrote or read, in {@link System#nanoTime()} terms. */
  long lastActivity();

  /** Closes the connection; the session stays, waiting for the page to come back. */
  void close(String reason);

  Transport transport();
}
