package dev.encke.benchmarks;

import java.util.Collection;

/** The load generator's clients of one server: they connect, receive and count. */
interface Fleet extends AutoCloseable {

  /** How many clients the fleet holds. */
  int size();

  /**
   * Adds clients until there are {@code target}, and waits until each is ready to receive.
   *
   * @throws IllegalStateException when they are not ready in time
   */
  void grow(int target) throws InterruptedException;

  Deliveries deliveries();

  /**
   * Starts a phase whose payloads are numbered from {@code firstN}. With {@code everyPayload} each
   * client must receive every payload (a broadcast), which the fleet then checks.
   */
  void beginPhase(long firstN, boolean everyPayload);

  /** Payloads of a broadcast phase that some client has not received, up to {@code lastN}. */
  long lostUpTo(long lastN);

  /** Payloads a client received more than once in the current phase. */
  long duplicates();

  /** Connections the server closed or lost without being asked to, since the fleet started. */
  long unexpectedCloses();

  @Override
  void close();

  static long lostUpTo(Collection<Sequence> sequences, long lastN) {
    long lost = 0;
    for (Sequence sequence : sequences) {
      lost += sequence.lostUpTo(lastN);
    }
    return lost;
  }

  static long duplicates(Collection<Sequence> sequences) {
    long duplicates = 0;
    for (Sequence sequence : sequences) {
      duplicates += sequence.duplicates();
    }
    return duplicates;
  }
}
