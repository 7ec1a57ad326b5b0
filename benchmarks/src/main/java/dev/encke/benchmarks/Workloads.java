package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.Idle;
import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import dev.encke.benchmarks.Results.Storm;
import dev.encke.benchmarks.Results.SystemResults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Runs the four workloads against one server and its fleet, growing the fleet as it goes:
 * idle memory at each size, the fan-out ladder when the fleet is a room's size, then the targeted
 * ladder and the reconnect storm at the largest size.
 */
final class Workloads {

  private static final long QUIET_MILLIS = 500;
  private static final long NEVER_QUIET = Long.MAX_VALUE;
  private static final int MAX_HALVINGS = 2;

  private final Scale scale;
  private final ServerProcess server;
  private final Fleet fleet;
  private final SystemResults results;
  private final Log log;

  Workloads(Scale scale, ServerProcess server, Fleet fleet, SystemResults results, Log log) {
    this.scale = scale;
    this.server = server;
    this.fleet = fleet;
    this.results = results;
    this.log = log;
  }

  /** Progress lines for the person watching {@code scripts/bench}. */
  interface Log {
    void line(String text);
  }

  /** Which workloads a system takes part in. */
  enum Part {
    IDLE_ONLY,
    NO_STORM,
    ALL
  }

  void run(Part part) throws InterruptedException {
    results.baseHeapBytes = server.heapAfterGc();
    results.baseRssBytes = server.rssBytes();
    for (int sessions : scale.idleSessions()) {
      grow(sessions);
      results.idle.add(new Idle(sessions, server.heapAfterGc(), server.rssBytes()));
      log.line(results.name + ": " + sessions + " idle sessions, heap/session "
          + Math.round(results.heapPerSession(sessions).orElse(0.0)) + " B");
      if (part != Part.IDLE_ONLY && scale.fanOutRooms().contains(sessions)) {
        results.fanOut.put(sessions, ladder("broadcast", scale.fanOutStartRate(), sessions));
      }
    }
    if (part != Part.IDLE_ONLY) {
      results.targeted = ladder("targeted", scale.targetedStartRate(), fleet.size());
    }
    if (part == Part.ALL) {
      results.storm = storm((WsFleet) fleet);
    }
    results.unexpectedCloses = fleet.unexpectedCloses();
  }

  private void grow(int sessions) throws InterruptedException {
    fleet.grow(sessions);
    if (!sample(server::sessions, sessions, 30_000, NEVER_QUIET, 20)) {
      throw new IllegalStateException(server.name() + " holds " + server.sessions()
          + " sessions, not " + sessions);
    }
  }

  /**
   * Finds the highest rate (deliveries per second) a step passes at: after one unrecorded warm-up
   * step, doubles the rate while the server keeps up (every delivery made, p99 under the capacity
   * limit), halves it below the start when even the first step fails, then bisects between the last
   * passing and the first failing rate.
   */
  private Ladder ladder(String kind, double startRate, int sessions) throws InterruptedException {
    log.line(results.name + ": warm-up step, not recorded");
    step(kind, startRate, sessions);
    List<Step> steps = new ArrayList<>();
    double rate = startRate;
    while (steps.size() < scale.maxSteps()) {
      Step step = record(steps, step(kind, rate, sessions));
      if (!step.keptUp()) {
        break;
      }
      rate *= 2;
    }
    for (int i = 0; i < MAX_HALVINGS && passing(steps) == 0; i++) {
      rate = lowest(steps) / 2;
      record(steps, step(kind, rate, sessions));
    }
    for (int i = 0; i < scale.refinements() && passing(steps) > 0 && failing(steps) > 0; i++) {
      record(steps, step(kind, Math.sqrt(passing(steps) * failing(steps)), sessions));
    }
    return new Ladder(kind, sessions, steps);
  }

  private static Step record(List<Step> steps, Step step) {
    steps.add(step);
    return step;
  }

  /** The highest passing rate so far, or 0. */
  private static double passing(List<Step> steps) {
    return steps.stream().filter(Step::passed).mapToDouble(Step::rate).max().orElse(0);
  }

  /** The lowest failing rate above the highest passing one, or 0. */
  private static double failing(List<Step> steps) {
    double passing = passing(steps);
    return steps.stream().filter(step -> !step.passed() && step.rate() > passing)
        .mapToDouble(Step::rate).min().orElse(0);
  }

  private static double lowest(List<Step> steps) {
    return steps.stream().mapToDouble(Step::rate).min().orElseThrow();
  }

  private Step step(String kind, double deliveriesPerSecond, int sessions)
      throws InterruptedException {
    boolean broadcast = kind.equals("broadcast");
    int audience = broadcast ? sessions : 1;
    fleet.beginPhase(server.nextN(), broadcast);
    long cpuBefore = server.cpuNanos();
    long loadCpuBefore = ProcFs.cpuNanos(ProcessHandle.current().pid());
    ServerProcess.Sent sent =
        server.publish(kind, deliveriesPerSecond / audience, scale.stepMillis()).join();
    long expected = sent.count() * audience;
    drain(expected);
    long cpu = server.cpuNanos() - cpuBefore;
    long loadCpu = ProcFs.cpuNanos(ProcessHandle.current().pid()) - loadCpuBefore;
    Deliveries deliveries = fleet.deliveries();
    long received = deliveries.received();
    Histogram latencies = deliveries.takeLatencies();
    long lost = broadcast ? fleet.lostUpTo(sent.lastN()) : Math.max(0, expected - received);
    long duplicates = broadcast ? fleet.duplicates() : Math.max(0, received - expected);
    Step step = new Step(deliveriesPerSecond, sent.count(), sent.callMicrosMean(), expected,
        received, lost, duplicates,
        latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(99),
        latencies.getValueAtPercentile(99.9), latencies.getMaxValue(),
        received * 1000.0 / scale.stepMillis(), perDelivery(cpu, received),
        perDelivery(loadCpu, received));
    log.line(String.format("%s: %s %d sessions at %.0f/s: received %d of %d, p99 %.1f ms, %s",
        results.name, kind, sessions, deliveriesPerSecond, received, expected, step.p99() / 1000.0,
        step.passed() ? "pass" : "FAIL"));
    return step;
  }

  private static double perDelivery(long cpuNanos, long deliveries) {
    return deliveries == 0 ? 0 : cpuNanos / 1000.0 / deliveries;
  }

  /** Waits until {@code expected} deliveries arrived, or none arrived for a while, or time is up. */
  private void drain(long expected) throws InterruptedException {
    sample(fleet.deliveries()::received, expected, scale.maxDrainMillis(), QUIET_MILLIS, 5);
  }

  /**
   * Reads {@code count} every {@code periodMillis} until it reaches {@code target}, stays unchanged
   * for longer than {@code quietMillis}, or {@code timeoutMillis} pass; returns whether it reached
   * the target. Sampled rather than signalled: the count is another process's (its sessions) or a
   * counter bumped millions of times a second (deliveries), which must not pay for a signal.
   */
  private static boolean sample(LongSupplier count, long target, long timeoutMillis,
      long quietMillis, long periodMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    long quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
    long last = -1;
    long lastChange = System.nanoTime();
    for (long now = count.getAsLong(); now < target; now = count.getAsLong()) {
      long time = System.nanoTime();
      if (time > deadline) {
        return false;
      }
      if (now != last) {
        last = now;
        lastChange = time;
      } else if (time - lastChange > quietNanos) {
        return false;
      }
      Thread.sleep(periodMillis);
    }
    return true;
  }

  /**
   * Broadcasts steadily, drops every connection a quarter of the way in, and counts what each
   * client missed once the broadcasts are over and delivered.
   */
  private Storm storm(WsFleet ws) throws InterruptedException {
    int connections = ws.size();
    ws.beginPhase(server.nextN(), true);
    CompletableFuture<ServerProcess.Sent> publishing =
        server.publish("broadcast", scale.stormBroadcastsPerSecond(), scale.stormMillis());
    Thread.sleep(scale.stormMillis() / 4);
    long overflowsBefore = ProcFs.tcpExt("ListenOverflows");
    long synRetransmitsBefore = ProcFs.tcpExt("TCPSynRetrans");
    Optional<Duration> resumed;
    try {
      resumed = Optional.of(ws.dropAndResume(Duration.ofSeconds(60)));
    } catch (IllegalStateException e) {
      resumed = Optional.empty();
      results.errors += e.getMessage();
    }
    ServerProcess.Sent sent = publishing.join();
    long expected = sent.count() * connections;
    drain(expected);
    Storm storm = new Storm(connections, resumed, sent.count(), expected,
        ws.lostUpTo(sent.lastN()), ws.duplicates(),
        ProcFs.tcpExt("ListenOverflows") - overflowsBefore,
        ProcFs.tcpExt("TCPSynRetrans") - synRetransmitsBefore);
    log.line(results.name + ": storm of " + connections + ": resumed in "
        + resumed.map(Duration::toMillis).map(ms -> ms + " ms").orElse("(not all)")
        + ", lost " + storm.lost());
    return storm;
  }
}
