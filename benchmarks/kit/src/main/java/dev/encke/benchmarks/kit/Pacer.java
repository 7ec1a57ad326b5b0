package dev.encke.benchmarks.kit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends at a fixed rate on the calling thread. Each message carries the time it was due, not the time
 * it left: when the server falls behind, the lag shows in the measured latency instead of silently
 * lowering the rate (no coordinated omission).
 */
final class Pacer {

  /** What to send; {@code dueNanos} is a {@link System#nanoTime()} value. */
  interface Send {
    void send(long dueNanos);
  }

  private Pacer() {}

  /**
   * How many messages were sent, when the first was due, and how long the calls to the server took:
   * the time the application's thread spends inside a push, which shows whether a server writes
   * inline.
   */
  record Result(long sent, long firstDueNanos, long callNanosTotal, long callNanosMax) {}

  /** Sends {@code ratePerSecond} messages a second for {@code durationMillis}. */
  static Result run(double ratePerSecond, long durationMillis, Send send) {
    long intervalNanos = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / ratePerSecond));
    long start = System.nanoTime();
    long end = start + TimeUnit.MILLISECONDS.toNanos(durationMillis);
    long sent = 0;
    long total = 0;
    long max = 0;
    for (long due = start; due < end; due += intervalNanos) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long before = System.nanoTime();
      send.send(due);
      long took = System.nanoTime() - before;
      total += took;
      max = Math.max(max, took);
      sent++;
    }
    return new Result(sent, start, total, max);
  }
}
