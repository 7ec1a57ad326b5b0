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

  /** Each client's check of the broadcasts it receives. */
  Collection<Sequence> sequences();

  /**
   * Starts a phase whose payloads are numbered from {@code firstN}. With {@code everyPayload} each
   * client must receive every payload (a broadcast), which the fleet then checks.
   */
  default void beginPhase(long firstN, boolean everyPayload) {
    for (Sequence sequence : sequences()) {
      if (everyPayload) {
        sequence.begin(firstN);
      } else {
        sequence.stop();
      }
    }
    deliveries().beginPhase(firstN);
  }

  /** Payloads of a broadcast phase that some client has not received, up to {@code lastN}. */
  default long lostUpTo(long lastN) {
    long lost = 0;
    for (Sequence sequence : sequences()) {
      lost += sequence.lostUpTo(lastN);
    }
    return lost;
  }

  /** Payloads a client received more than once in the current phase. */
  default long duplicates() {
    long duplicates = 0;
    for (Sequence sequence : sequences()) {
      duplicates += sequence.duplicates();
    }
    return duplicates;
  }

  /** Connections the server closed or lost without being asked to, since the fleet started. */
  long unexpectedCloses();

  @Override
  void close();
}
