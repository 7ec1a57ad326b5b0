package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.Idle;
import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import dev.encke.benchmarks.Results.Storm;
import dev.encke.benchmarks.Results.SystemRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a system's workloads against its server and fleet, growing the fleet as it goes: idle memory
 * at each size (before any traffic reaches the sessions added since the last), a warm-up, the
 * small-room fan-out search, then at the largest size the sweep, the large-room search judged
 * against that sweep, the targeted search and the reconnect storm.
 */
final class Workloads {

  /** What a system takes part in. */
  enum Workload {
    IDLE,
    FAN_OUT_SMALL,
    SWEEP,
    FAN_OUT_LARGE,
    TARGETED,
    STORM
  }

  private static final long NEVER_QUIET = Long.MAX_VALUE;
  private static final long GROW_TIMEOUT_MILLIS = 60_000;
  private static final Duration RESUME_TIMEOUT = Duration.ofSeconds(60);

  private final Scale scale;
  private final ServerSpec spec;
  private final ServerProcess server;
  private final WsFleet fleet;
  private final SystemRun run;
  private final Map<String, Double> seeds;
  private final Path logStem;
  private final StepRunner steps;
  private final int generatorCpus;
  private final Bench.Log log;

  /**
   * @param seeds each search's figure from the previous round, by system and search, updated here
   * @param logStem where files of this run go: {@code <logStem>-<sessions>.histogram}
   */
  Workloads(Scale scale, ServerSpec spec, ServerProcess server, WsFleet fleet, SystemRun run,
      Map<String, Double> seeds, Path logStem, int generatorCpus, Bench.Log log) {
    this.scale = scale;
    this.spec = spec;
    this.server = server;
    this.fleet = fleet;
    this.run = run;
    this.seeds = seeds;
    this.logStem = logStem;
    this.steps = new StepRunner(scale.timing(), server, fleet, generatorCpus);
    this.generatorCpus = generatorCpus;
    this.log = log;
  }

  void run() throws InterruptedException {
    run.settings = server.settings();
    run.listenBacklog = ProcFs.listenBacklog(server.port());
    boolean idle = spec.has(Workload.IDLE);
    if (idle) {
      run.baseHeapBytes = server.heapAfterGc();
      run.baseRssBytes = server.rssBytes();
    }
    List<Integer> sizes = idle || spec.has(Workload.FAN_OUT_SMALL)
        ? scale.idleSessions() : List.of(scale.largest());
    for (int i = 0; i < sizes.size(); i++) {
      int sessions = sizes.get(i);
      grow(sessions);
      if (idle) {
        measureIdle(sessions, i >= sizes.size() - 2);
      }
      if (i == 0) {
        warmUp(sessions);
      }
      if (sessions == scale.smallRoom() && spec.has(Workload.FAN_OUT_SMALL)) {
        run.fanOutSmall = search("broadcast", sessions, Scale.P99_LIMIT_MICROS,
            scale.search().smallRoomStartRate());
      }
    }
    atLargest(scale.largest());
    run.unexpectedCloses = fleet.unexpectedCloses();
    run.errors = fleet.errors();
  }

  private void atLargest(int sessions) throws InterruptedException {
    if (spec.has(Workload.SWEEP)) {
      run.sweep = steps.run("sweep", sessions, sessions, scale.timing().sweepMillis(), false,
          Long.MAX_VALUE);
      log.line(String.format("%s: sweep of %d: p99 %.1f ms", spec.name(), sessions,
          run.sweep.latency().p99() / 1000.0));
      if (spec.has(Workload.FAN_OUT_LARGE)) {
        run.fanOutLarge = search("broadcast", sessions,
            run.sweep.latency().p99() + Scale.P99_LIMIT_MICROS, scale.search().largeRoomStartRate());
      }
    }
    if (spec.has(Workload.TARGETED)) {
      run.targeted = search("targeted", sessions, Scale.P99_LIMIT_MICROS,
          scale.search().targetedStartRate());
    }
    if (spec.has(Workload.STORM)) {
      run.storm = storm();
    }
  }

  private void grow(int sessions) throws InterruptedException {
    fleet.grow(sessions);
    if (!StepRunner.awaitCount(server::sessions, sessions, GROW_TIMEOUT_MILLIS, NEVER_QUIET)) {
      throw new IllegalStateException(server.name() + " holds " + server.sessions()
          + " sessions, not " + sessions);
    }
  }

  /** Heap after full collections and RSS; at the slope's two points, the class histogram too. */
  private void measureIdle(int sessions, boolean slopePoint) {
    run.idle.add(new Idle(sessions, server.heapAfterGc(), server.rssBytes()));
    if (slopePoint) {
      Path file = Path.of(logStem + "-" + sessions + ".histogram");
      server.writeHistogram(file);
      if (sessions == scale.largest()) {
        Idle from = run.idle.get(run.idle.size() - 2);
        run.idleGrowth = ClassHistogram.growth(
            Path.of(logStem + "-" + from.sessions() + ".histogram"), file,
            sessions - from.sessions());
      }
    }
    log.line(spec.name() + ": " + sessions + " idle sessions, heap "
        + Format.bytes(run.idle.get(run.idle.size() - 1).heapBytes()));
  }

  /** Unrecorded broadcasts, so that the searches measure compiled code, not the interpreter. */
  private void warmUp(int sessions) throws InterruptedException {
    log.line(spec.name() + ": warm-up for " + scale.timing().warmUpMillis() + " ms, not recorded");
    steps.run("broadcast", sessions, scale.search().smallRoomStartRate(),
        scale.timing().warmUpMillis(), true, Long.MAX_VALUE);
  }

  private Ladder search(String workload, int sessions, long boundMicros, double startRate)
      throws InterruptedException {
    String key = spec.name() + "/" + workload + "/" + sessions;
    Double seed = seeds.get(key);
    int audience = workload.equals("targeted") ? 1 : sessions;
    List<Step> done = LadderSearch.run(scale.search(), seed == null ? startRate : seed, seed != null,
        (rate, probe) -> {
          long millis = steps.stepMillis(rate / audience, probe);
          Step step = steps.run(workload, sessions, rate, millis, probe, boundMicros);
          logStep(step);
          return step;
        });
    Ladder ladder = new Ladder(workload, sessions, boundMicros, done);
    ladder.best().ifPresent(best -> seeds.put(key, best.rate()));
    return ladder;
  }

  private void logStep(Step step) {
    log.line(String.format("%s: %s%s %d sessions at %.0f/s for %d ms: received %d of %d, p99 %.1f"
            + " ms (bound %.1f), generator CPU %.0f %%, %s",
        spec.name(), step.probe() ? "probe " : "", step.workload(), step.sessions(), step.rate(),
        step.millis(), step.counts().received(), step.counts().expected(),
        step.latency().p99() / 1000.0, step.boundMicros() / 1000.0,
        step.cost().generatorCpuShare() * 100, step.passed() ? "pass" : "FAIL"));
  }

  /**
   * Broadcasts steadily, drops every connection a quarter of the way in, and counts what each
   * client missed once the broadcasts are over and delivered.
   */
  private Storm storm() throws InterruptedException {
    int connections = fleet.size();
    fleet.beginPhase(server.nextN(), true);
    CompletableFuture<ServerProcess.Sent> publishing = server.publish("broadcast",
        scale.storm().broadcastsPerSecond(), scale.storm().millis());
    Thread.sleep(scale.storm().millis() / 4);
    long startedOverBefore = fleet.startedOverCount();
    long overflowsBefore = ProcFs.tcpExt("ListenOverflows");
    long synRetransmitsBefore = ProcFs.tcpExt("TCPSynRetrans");
    long serverCpuBefore = server.cpuNanos();
    long generatorCpuBefore = ProcFs.cpuNanos(ProcessHandle.current().pid());
    long wallBefore = System.nanoTime();
    Optional<Duration> resumed;
    try {
      resumed = Optional.of(fleet.dropAndResume(RESUME_TIMEOUT));
    } catch (IllegalStateException e) {
      resumed = Optional.empty();
      run.errors += e.getMessage();
    }
    double wall = System.nanoTime() - wallBefore;
    double serverCpuShare = (server.cpuNanos() - serverCpuBefore) / wall;
    double generatorCpuShare = (ProcFs.cpuNanos(ProcessHandle.current().pid())
        - generatorCpuBefore) / (wall * generatorCpus);
    ServerProcess.Sent sent = publishing.join();
    long expected = sent.count() * connections;
    StepRunner.awaitBroadcast(fleet, sent.lastN(), scale.timing());
    Storm storm = new Storm(connections, resumed, sent.count(), expected,
        fleet.lostUpTo(sent.lastN()), fleet.duplicates(),
        fleet.startedOverCount() - startedOverBefore,
        ProcFs.tcpExt("ListenOverflows") - overflowsBefore,
        ProcFs.tcpExt("TCPSynRetrans") - synRetransmitsBefore, serverCpuShare,
        generatorCpuShare);
    log.line(spec.name() + ": storm of " + connections + ": resumed in "
        + resumed.map(Duration::toMillis).map(ms -> ms + " ms").orElse("(not all)")
        + ", lost " + storm.lost() + ", duplicates " + storm.duplicates());
    return storm;
  }
}
