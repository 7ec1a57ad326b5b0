package dev.encke.benchmarks;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How big and how long each workload runs. {@link #FULL} is the scale for
 * {@code scripts/bench}; {@link #SMOKE} runs every workload at a tiny scale in the build, to check
 * that the harness works and that nothing is lost, not to measure.
 *
 * @param idleSessions connected sessions at which idle memory is measured, rising
 * @param fanOutRooms room sizes of the broadcast ladder; each must be one of {@code idleSessions}
 * @param stepMillis how long each step of a rate ladder publishes
 * @param maxDrainMillis how long a step waits for late deliveries after publishing
 * @param fanOutStartRate deliveries per second of the first broadcast step
 * @param targetedStartRate pushes per second of the first targeted step
 * @param maxSteps steps per ladder at most
 * @param refinements bisection steps between the last passing and the first failing rate
 * @param stormBroadcastsPerSecond broadcast rate while the reconnect storm runs
 * @param stormMillis how long the storm's broadcasts run; the drop comes a quarter in
 * @param sourceAddresses loopback source addresses the clients spread over
 * @param jmh whether to run the JMH microbenchmarks at full length
 */
record Scale(
    String name,
    List<Integer> idleSessions,
    List<Integer> fanOutRooms,
    long stepMillis,
    long maxDrainMillis,
    double fanOutStartRate,
    double targetedStartRate,
    int maxSteps,
    int refinements,
    double stormBroadcastsPerSecond,
    long stormMillis,
    int sourceAddresses,
    boolean jmh) {

  /** The p99 latency a step must stay under to count as sustained. */
  static final long P99_LIMIT_MICROS = 50_000;

  /**
   * The p99 under which a server still counts as keeping up, for the capacity figure: beyond it
   * deliveries queue up faster than they drain.
   */
  static final long CAPACITY_P99_MICROS = 1_000_000;

  static final Scale FULL = new Scale("full", List.of(1000, 5000, 9000), List.of(1000, 9000),
      5000, 3000, 8000, 1000, 11, 2, 4, 6000, 8, true);

  static final Scale SMOKE = new Scale("smoke", List.of(20, 40, 60), List.of(20, 60),
      300, 1000, 600, 100, 2, 0, 20, 1200, 2, false);

  int largest() {
    return idleSessions.get(idleSessions.size() - 1);
  }

  /** {@code 127.0.0.2}, {@code 127.0.0.3}, …: the client side's source addresses. */
  List<String> clientAddresses() {
    return IntStream.range(0, sourceAddresses)
        .mapToObj(i -> "127.0.0." + (2 + i))
        .collect(Collectors.toList());
  }
}
