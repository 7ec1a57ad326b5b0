package dev.encke.benchmarks;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How big and how long each workload runs. {@link #FULL} is the scale for
 * {@code scripts/bench}; {@link #SMOKE} runs every workload at a tiny scale in the build, to check
 * that the harness works and that nothing is lost, not to measure: its steps wait for every
 * delivery (up to a timeout) rather than for a quiet spell, so a busy machine slows it down but
 * does not make it miss deliveries.
 *
 * @param measuring whether its figures are meant as results, so that a busy machine refuses it
 * @param rounds how many times every system runs, interleaved
 * @param serverJvm the heap and collector options of every server JVM
 * @param idleSessions the fleet sizes, rising: the first is the small room, the last the large room
 *     and the targeted population; heap per idle session is the slope between the last two
 * @param timing how long steps run, drain and cool down
 * @param search where the rate searches start and how finely they bisect
 * @param storm the reconnect storm's broadcasts
 * @param sourceAddresses loopback source addresses the clients spread over
 * @param jmh whether to run the JMH microbenchmarks at full length
 */
record Scale(
    String name,
    boolean measuring,
    int rounds,
    List<String> serverJvm,
    List<Integer> idleSessions,
    Timing timing,
    Search search,
    Storm storm,
    int sourceAddresses,
    boolean jmh) {

  /** The p99 latency a step must stay under, or above the system's own sweep at the large room. */
  static final long P99_LIMIT_MICROS = 50_000;

  /**
   * Durations in milliseconds. A full step publishes for {@code stepMillis}, or longer when that
   * would hold fewer than {@code minBroadcasts} broadcasts, a probe for {@code probeMillis} or long
   * enough for {@code minProbeBroadcasts}; the sweep broadcasts once a second.
   */
  record Timing(
      long warmUpMillis,
      long probeMillis,
      int minProbeBroadcasts,
      long stepMillis,
      int minBroadcasts,
      long sweepMillis,
      long maxDrainMillis,
      long quietMillis,
      long coolDownMillis) {}

  /**
   * Start rates in deliveries a second; probe steps until the bound is bracketed and bisected
   * {@code probeRefinements} times, then {@code fullRefinements} bisections with full steps.
   */
  record Search(
      double smallRoomStartRate,
      double largeRoomStartRate,
      double targetedStartRate,
      int maxProbes,
      int probeRefinements,
      int fullRefinements) {}

  /** Broadcasts a second while the storm runs, and for how long; the drop comes a quarter in. */
  record Storm(double broadcastsPerSecond, long millis) {}

  static final Scale FULL = new Scale("full", true, 3,
      List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-XX:+AlwaysPreTouch"),
      List.of(1000, 5000, 9000),
      new Timing(30_000, 5_000, 10, 20_000, 100, 20_000, 10_000, 1_000, 1_000),
      new Search(16_000, 18_000, 4_000, 8, 2, 1),
      new Storm(4, 6000),
      8, true);

  static final Scale SMOKE = new Scale("smoke", false, 1,
      List.of("-Xms256m", "-Xmx256m", "-XX:+UseG1GC"),
      List.of(20, 40, 60),
      new Timing(300, 200, 1, 300, 1, 500, 20_000, 20_000, 50),
      new Search(600, 600, 100, 2, 1, 1),
      new Storm(20, 1200),
      2, false);

  int smallRoom() {
    return idleSessions.get(0);
  }

  int largest() {
    return idleSessions.get(idleSessions.size() - 1);
  }

  /** The same scale with another number of rounds. */
  Scale withRounds(int count) {
    return new Scale(name, measuring, count, serverJvm, idleSessions, timing, search, storm,
        sourceAddresses, jmh);
  }

  /** {@code 127.0.0.2}, {@code 127.0.0.3}, …: the client side's source addresses. */
  List<String> clientAddresses() {
    return IntStream.range(0, sourceAddresses)
        .mapToObj(i -> "127.0.0." + (2 + i))
        .collect(Collectors.toList());
  }
}
