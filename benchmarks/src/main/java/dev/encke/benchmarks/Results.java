package dev.encke.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** What one run measured, per system; the report is written from this alone. */
final class Results {

  /** Memory of a server holding {@code sessions} idle sessions. */
  record Idle(int sessions, long heapBytes, long rssBytes) {}

  /**
   * One step of a rate ladder. Latencies in microseconds; CPU per delivery of the server and of the
   * load generator.
   */
  record Step(
      double rate,
      long sent,
      long callMicrosMean,
      long expected,
      long received,
      long lost,
      long duplicates,
      long p50,
      long p99,
      long p999,
      long max,
      double deliveriesPerSecond,
      double cpuMicrosPerDelivery,
      double loadCpuMicrosPerDelivery) {

    /** Sustained under the limit: every delivery made and p99 ≤ 50 ms. */
    boolean passed() {
      return keptUp() && p99 <= Scale.P99_LIMIT_MICROS;
    }

    /** The server kept up: every delivery made and p99 under the capacity limit. */
    boolean keptUp() {
      return lost == 0 && received >= expected && p99 <= Scale.CAPACITY_P99_MICROS;
    }
  }

  /** The steps of one ladder, in the order they ran. */
  record Ladder(String workload, int sessions, List<Step> steps) {
    /** The passing step with the most deliveries a second. */
    Optional<Step> best() {
      return steps.stream()
          .filter(Step::passed)
          .max((a, b) -> Double.compare(a.deliveriesPerSecond(), b.deliveriesPerSecond()));
    }

    double bestRate() {
      return best().map(Step::deliveriesPerSecond).orElse(0.0);
    }

    /** The most deliveries a second of any step the server kept up with, whatever its p99. */
    double capacity() {
      return steps.stream().filter(Step::keptUp).mapToDouble(Step::deliveriesPerSecond).max()
          .orElse(0.0);
    }
  }

  /**
   * The reconnect storm; {@code resumed} is empty when not every client resumed in time. The
   * kernel's counts of connection attempts dropped at a full listen queue and of SYNs sent again
   * during the storm explain slow resumes.
   */
  record Storm(
      int connections,
      Optional<Duration> resumed,
      long published,
      long deliveriesExpected,
      long lost,
      long duplicates,
      long listenOverflows,
      long synRetransmits) {}

  /** Everything measured of one system. */
  static final class SystemResults {
    final String name;
    final String description;
    long baseHeapBytes;
    long baseRssBytes;
    final List<Idle> idle = new ArrayList<>();
    final Map<Integer, Ladder> fanOut = new LinkedHashMap<>();
    Ladder targeted;
    Storm storm;
    long unexpectedCloses;
    String errors = "";

    SystemResults(String name, String description) {
      this.name = name;
      this.description = description;
    }

    /** Heap per idle session at {@code sessions}, above the server's heap with none. */
    Optional<Double> heapPerSession(int sessions) {
      return perSession(sessions, Idle::heapBytes, baseHeapBytes);
    }

    Optional<Double> rssPerSession(int sessions) {
      return perSession(sessions, Idle::rssBytes, baseRssBytes);
    }

    private Optional<Double> perSession(int sessions, ToLongFunction<Idle> bytes, long base) {
      return idle.stream()
          .filter(point -> point.sessions() == sessions)
          .findFirst()
          .map(point -> (bytes.applyAsLong(point) - base) / (double) sessions);
    }
  }
}
