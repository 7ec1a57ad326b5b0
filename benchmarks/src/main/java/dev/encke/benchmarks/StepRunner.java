package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.Cost;
import dev.encke.benchmarks.Results.Counts;
import dev.encke.benchmarks.Results.Latency;
import dev.encke.benchmarks.Results.Step;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Runs one measured step: the server publishes at a rate for a while, the fleet receives, and the
 * step waits for late deliveries. Then the server cools down: a full collection, so that one step's
 * garbage is not collected during the next, and a pause. CPU times come from {@code /proc}, garbage
 * collections from each JVM's own counters.
 */
final class StepRunner {

  private static final long SAMPLE_MILLIS = 5;

  private final Scale.Timing timing;
  private final ServerProcess server;
  private final WsFleet fleet;
  private final int generatorCpus;

  StepRunner(Scale.Timing timing, ServerProcess server, WsFleet fleet, int generatorCpus) {
    this.timing = timing;
    this.server = server;
    this.fleet = fleet;
    this.generatorCpus = generatorCpus;
  }

  /**
   * How long a step at this many broadcasts (or pushes) a second runs: its scale's length, or
   * longer when that would hold fewer than its minimum count.
   */
  long stepMillis(double broadcastsPerSecond, boolean probe) {
    long millis = probe ? timing.probeMillis() : timing.stepMillis();
    int least = probe ? timing.minProbeBroadcasts() : timing.minBroadcasts();
    return Math.max(millis, (long) Math.ceil(least * 1000 / broadcastsPerSecond));
  }

  /**
   * Offers {@code deliveriesPerSecond} for {@code millis}: broadcasts to every client, or pushes to
   * one random session each. The step passes if every delivery is made and p99 is within
   * {@code boundMicros}.
   */
  Step run(String workload, int sessions, double deliveriesPerSecond, long millis, boolean probe,
      long boundMicros) throws InterruptedException {
    boolean broadcast = !workload.equals("targeted");
    int audience = broadcast ? sessions : 1;
    fleet.beginPhase(server.nextN(), broadcast);
    long[] gcBefore = server.gcStats();
    long generatorGcBefore = generatorGcMillis();
    long cpuBefore = server.cpuNanos();
    long generatorCpuBefore = ProcFs.cpuNanos(ProcessHandle.current().pid());
    long wallBefore = System.nanoTime();
    ServerProcess.Sent sent = server.publish(broadcast ? "broadcast" : "targeted",
        deliveriesPerSecond / audience, millis).join();
    long expected = sent.count() * audience;
    Deliveries deliveries = fleet.deliveries();
    if (broadcast) {
      awaitBroadcast(fleet, sent.lastN(), timing);
    } else {
      awaitCount(deliveries::received, expected, timing.maxDrainMillis(), timing.quietMillis());
    }
    long wall = System.nanoTime() - wallBefore;
    long cpu = server.cpuNanos() - cpuBefore;
    long generatorCpu = ProcFs.cpuNanos(ProcessHandle.current().pid()) - generatorCpuBefore;
    long[] gcAfter = server.gcStats();
    long received = deliveries.received();
    Histogram latencies = deliveries.takeLatencies();
    long lost = broadcast ? fleet.lostUpTo(sent.lastN()) : Math.max(0, expected - received);
    long duplicates = broadcast ? fleet.duplicates() : Math.max(0, received - expected);
    long span = deliveries.lastArrivalNanos() - sent.firstDueNanos();
    Step step = new Step(workload, sessions, deliveriesPerSecond, probe, millis,
        new Counts(sent.count(), expected, received, lost, duplicates),
        new Latency(latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(99),
            latencies.getValueAtPercentile(99.9), latencies.getMaxValue()),
        new Cost(perDelivery(cpu, received), perDelivery(generatorCpu, received),
            generatorCpu / (double) (wall * generatorCpus), gcAfter[0] - gcBefore[0],
            gcAfter[1] - gcBefore[1], generatorGcMillis() - generatorGcBefore,
            sent.callMicrosMean()),
        received == 0 || span <= 0 ? 0 : received * 1e9 / span, boundMicros);
    coolDown();
    return step;
  }

  private void coolDown() throws InterruptedException {
    server.heapAfterGc();
    Thread.sleep(timing.coolDownMillis());
  }

  private static double perDelivery(long cpuNanos, long deliveries) {
    return deliveries == 0 ? 0 : cpuNanos / 1000.0 / deliveries;
  }

  private static long generatorGcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  /**
   * Waits until every client of a broadcast phase has received payload {@code lastN}, or nothing
   * arrived for {@code quietMillis}, or {@code maxDrainMillis} passed.
   */
  static void awaitBroadcast(WsFleet fleet, long lastN, Scale.Timing timing)
      throws InterruptedException {
    await(() -> fleet.clientsThatReached(lastN) >= fleet.size(), fleet.deliveries()::received,
        timing.maxDrainMillis(), timing.quietMillis());
  }

  /**
   * Reads {@code count} until it reaches {@code target}, stays unchanged for longer than
   * {@code quietMillis}, or {@code timeoutMillis} pass; returns whether it reached the target.
   */
  static boolean awaitCount(LongSupplier count, long target, long timeoutMillis, long quietMillis)
      throws InterruptedException {
    return await(() -> count.getAsLong() >= target, count, timeoutMillis, quietMillis);
  }

  /**
   * Samples {@code progress} until {@code done}, or until it stays unchanged for longer than
   * {@code quietMillis}, or {@code timeoutMillis} pass; returns whether it is done. {@code done} is
   * asked only when {@code progress} moved, as it cannot turn true otherwise. Sampled rather than
   * signalled: what is awaited is another process's (its sessions) or counters bumped millions of
   * times a second (deliveries), which must not pay for a signal.
   */
  private static boolean await(BooleanSupplier done, LongSupplier progress, long timeoutMillis,
      long quietMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    long quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
    long last = -1;
    long lastChange = System.nanoTime();
    while (true) {
      long time = System.nanoTime();
      long now = progress.getAsLong();
      if (time > deadline) {
        return done.getAsBoolean();
      }
      if (now != last) {
        if (done.getAsBoolean()) {
          return true;
        }
        last = now;
        lastChange = time;
      } else if (time - lastChange > quietNanos) {
        return false;
      }
      Thread.sleep(SAMPLE_MILLIS);
    }
  }
}
