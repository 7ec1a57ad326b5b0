package dev.encke.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the clients of one fleet received in the current phase: latency from the time the server was
 * due to send each payload to the time a client had it, in microseconds, counts, and when the last
 * one arrived. Recording is wait-free and safe from every client thread. Payloads numbered before
 * the phase began (late arrivals of an earlier phase) are kept out of the phase's figures.
 */
final class Deliveries {

  private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

  private final Recorder latencies = new Recorder(MAX_MICROS, 3);
  private final LongAdder received = new LongAdder();
  private final LongAccumulator lastArrival = new LongAccumulator(Math::max, Long.MIN_VALUE);
  private volatile long phaseFirstN = 1;

  /** Starts a phase whose payloads are numbered from {@code firstN}; forgets the last one. */
  void beginPhase(long firstN) {
    phaseFirstN = firstN;
    latencies.reset();
    received.reset();
    lastArrival.reset();
  }

  void record(long n, long sentNanos) {
    if (n < phaseFirstN) {
      return;
    }
    long now = System.nanoTime();
    long micros = Math.max(0, (now - sentNanos) / 1000);
    latencies.recordValue(Math.min(micros, MAX_MICROS));
    received.increment();
    lastArrival.accumulate(now);
  }

  long received() {
    return received.sum();
  }

  /** The {@link System#nanoTime()} at which the phase's last payload arrived. */
  long lastArrivalNanos() {
    return lastArrival.get();
  }

  /** The latencies recorded since the phase began (or since the last call). */
  Histogram takeLatencies() {
    return latencies.getIntervalHistogram();
  }
}
