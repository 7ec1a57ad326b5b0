package dev.encke.internal.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counts deliveries (a batch acknowledged by a page) and their latency. Recording is wait-free, as
 * it runs on the acknowledgement path; once a second the hub rolls the interval into a window of
 * the last {@value #WINDOW_SECONDS} seconds, from which snapshots are read. Thread-safe.
 */
final class DeliveryMetrics {

  static final int WINDOW_SECONDS = 5;
  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

  private final Recorder recorder = new Recorder(HIGHEST_MICROS, 2);
  private final LongAdder deliveries = new LongAdder();
  private final Deque<Histogram> intervals = new ArrayDeque<>();
  private Histogram window = new Histogram(HIGHEST_MICROS, 2);
  private Histogram reusable;

  /** Records one delivery that took {@code nanos} from push to acknowledgement. */
  void delivered(long nanos) {
    recorder.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, nanos / 1_000)));
    deliveries.increment();
  }

  /** Closes the current one-second interval and drops the oldest from the window. */
  synchronized void roll() {
    Histogram interval = recorder.getIntervalHistogram(reusable);
    reusable = null;
    intervals.addLast(interval);
    if (intervals.size() > WINDOW_SECONDS) {
      reusable = intervals.removeFirst();
    }
    Histogram sum = new Histogram(HIGHEST_MICROS, 2);
    intervals.forEach(sum::add);
    window = sum;
  }

  synchronized Snapshot snapshot() {
    long count = window.getTotalCount();
    double seconds = Math.max(1, intervals.size());
    return new Snapshot(deliveries.sum(), count / seconds, percentile(50), percentile(99),
        Duration.ofSeconds(WINDOW_SECONDS));
  }

  private Duration percentile(double percentile) {
    return window.getTotalCount() == 0
        ? Duration.ZERO
        : Duration.ofNanos(window.getValueAtPercentile(percentile) * 1_000);
  }

  /** The delivery figures of {@code dev.encke.EnckeMetrics}. */
  record Snapshot(long deliveries, double perSecond, Duration p50, Duration p99, Duration window) {}
}
