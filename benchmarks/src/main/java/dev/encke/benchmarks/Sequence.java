package dev.encke.benchmarks;

/**
 * Checks that one client receives every broadcast of a phase exactly once and in order: payload
 * numbers must rise by one. Guarded by the subscriber that owns it.
 */
final class Sequence {

  private long expected;
  private long lost;
  private long duplicates;
  private boolean tracking;

  /** Expects {@code firstN} next; numbers below it are ignored. */
  synchronized void begin(long firstN) {
    expected = firstN;
    lost = 0;
    duplicates = 0;
    tracking = true;
  }

  /** Stops checking, for phases where a client receives only some of the numbers. */
  synchronized void stop() {
    tracking = false;
  }

  synchronized void accept(long n) {
    if (!tracking) {
      return;
    }
    if (n > expected) {
      lost += n - expected;
    } else if (n < expected) {
      duplicates++;
      return;
    }
    expected = n + 1;
  }

  /** The numbers missed up to {@code lastN}, the last one the server sent in the phase. */
  synchronized long lostUpTo(long lastN) {
    return lost + Math.max(0, lastN + 1 - expected);
  }

  /** Whether payload {@code lastN} (or a later one) has arrived. */
  synchronized boolean reached(long lastN) {
    return expected > lastN;
  }

  synchronized long duplicates() {
    return duplicates;
  }
}
