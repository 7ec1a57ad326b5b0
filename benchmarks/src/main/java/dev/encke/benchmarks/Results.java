package dev.encke.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What one run measured, per system and round; the report is written from this alone. */
final class Results {

  private Results() {}

  /** Memory of a server holding {@code sessions} idle sessions. */
  record Idle(int sessions, long heapBytes, long rssBytes) {}

  /** What a step was due to deliver and what arrived. */
  record Counts(long sent, long expected, long received, long lost, long duplicates) {
    /** Every delivery made, exactly once. */
    boolean complete() {
      return lost == 0 && duplicates == 0 && received == expected;
    }
  }

  /** Delivery latency percentiles, in microseconds. */
  record Latency(long p50, long p99, long p999, long max) {}

  /**
   * What a step cost: the server's CPU per delivery, the load generator's CPU per delivery and its
   * share of the cores it was given, garbage collection in both, and the mean time the server's
   * publishing thread spent inside one push call.
   */
  record Cost(
      double serverCpuMicrosPerDelivery,
      double generatorCpuMicrosPerDelivery,
      double generatorCpuShare,
      long serverGcCount,
      long serverGcMillis,
      long generatorGcMillis,
      long callMicrosMean) {}

  /**
   * One step: {@code rate} deliveries a second offered for {@code millis}. A probe is a short step
   * that only decides where the full steps go. Throughput is what arrived divided by the time from
   * the first payload's due time to the last arrival; the step passes when every delivery was made
   * exactly once and p99 stayed within {@code boundMicros}.
   */
  record Step(
      String workload,
      int sessions,
      double rate,
      boolean probe,
      long millis,
      Counts counts,
      Latency latency,
      Cost cost,
      double throughput,
      long boundMicros) {

    boolean passed() {
      return counts.complete() && latency.p99() <= boundMicros;
    }
  }

  /** The steps of one search for the highest rate within a p99 bound, in the order they ran. */
  record Ladder(String workload, int sessions, long boundMicros, List<Step> steps) {

    /** The full-length passing step with the highest throughput: the ladder's figure. */
    Optional<Step> best() {
      return steps.stream().filter(step -> !step.probe() && step.passed())
          .max(Comparator.comparingDouble(Step::throughput));
    }

    double figure() {
      return best().map(Step::throughput).orElse(0.0);
    }

    /** The lowest rate above the best full step's that failed, probe or full: the bracket's top. */
    OptionalDouble failingAbove() {
      double passing = best().map(Step::rate).orElse(0.0);
      return steps.stream().filter(step -> !step.passed() && step.rate() > passing)
          .mapToDouble(Step::rate).min();
    }

    /** The first step that failed above the best one, for what limited it. */
    Optional<Step> firstFailureAbove() {
      double passing = best().map(Step::rate).orElse(0.0);
      return steps.stream().filter(step -> !step.passed() && step.rate() > passing)
          .min(Comparator.comparingDouble(Step::rate));
    }
  }

  /**
   * The reconnect storm; {@code resumed} is empty when not every client resumed in time. Clients
   * that found their session expired started over; the kernel's counts of connection attempts
   * dropped at a full listen queue and of SYNs sent again during the storm explain slow resumes, as
   * do the server's share of one CPU and the load generator's share of its CPUs while the clients
   * resumed.
   */
  record Storm(
      int connections,
      Optional<Duration> resumed,
      long published,
      long deliveriesExpected,
      long lost,
      long duplicates,
      long startedOver,
      long listenOverflows,
      long synRetransmits,
      double serverCpuShare,
      double generatorCpuShare) {}

  /** A class whose live instances grew with the idle sessions, per session. */
  record ClassGrowth(String className, double bytesPerSession, double instancesPerSession) {}

  /** Everything measured of one system in one round; filled in as the workloads run. */
  static final class SystemRun {
    final String name;
    final int round;
    String settings = "";
    String listenBacklog = "?";
    long baseHeapBytes;
    long baseRssBytes;
    final List<Idle> idle = new ArrayList<>();
    List<ClassGrowth> idleGrowth = List.of();
    Ladder fanOutSmall;
    Step sweep;
    Ladder fanOutLarge;
    Ladder targeted;
    Storm storm;
    long unexpectedCloses;
    String errors = "";

    SystemRun(String name, int round) {
      this.name = name;
      this.round = round;
    }

    /**
     * Heap per idle session as the slope between the last two idle points: what one more session
     * that saw no traffic costs, without the server's fixed costs.
     */
    OptionalDouble heapSlope() {
      return slope(true);
    }

    OptionalDouble rssSlope() {
      return slope(false);
    }

    private OptionalDouble slope(boolean heap) {
      if (idle.size() < 2) {
        return OptionalDouble.empty();
      }
      Idle from = idle.get(idle.size() - 2);
      Idle to = idle.get(idle.size() - 1);
      long bytes = heap ? to.heapBytes() - from.heapBytes() : to.rssBytes() - from.rssBytes();
      return OptionalDouble.of(bytes / (double) (to.sessions() - from.sessions()));
    }
  }
}
