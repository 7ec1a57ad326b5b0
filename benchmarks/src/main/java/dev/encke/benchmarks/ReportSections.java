package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.ClassGrowth;
import dev.encke.benchmarks.Results.Idle;
import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import dev.encke.benchmarks.Results.Storm;
import dev.encke.benchmarks.Results.SystemRun;
import dev.encke.benchmarks.kit.Payload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The report's detail: one section per workload with every round, the method, every step. */
final class ReportSections {

  private static final int TOP_CLASSES = 10;

  private final Report.Context context;
  private final Figures figures;
  private final List<Microbenchmarks.Score> micro;
  private final Markdown out;
  private final Scale scale;

  ReportSections(Report.Context context, Figures figures, List<Microbenchmarks.Score> micro,
      Markdown out) {
    this.context = context;
    this.figures = figures;
    this.micro = micro;
    this.out = out;
    this.scale = context.scale();
  }

  void write() {
    idle();
    ladderSection("2. Broadcast fan-out, room of " + Format.count(scale.smallRoom()),
        "One room, a " + Payload.BYTES + "-byte payload per broadcast, p99 ≤ 50 ms with every"
            + " delivery made exactly once.", run -> run.fanOutSmall);
    sweep();
    ladderSection("4. Broadcast fan-out, room of " + Format.count(scale.largest())
            + ", judged against each system's own sweep",
        "One broadcast is " + Format.count(scale.largest()) + " writes, so no server keeps p99"
            + " under 50 ms here; a step passes when p99 stays within 50 ms of the system's own"
            + " sweep in the same round (section 3), that is, when queueing adds at most 50 ms.",
        run -> run.fanOutLarge);
    ladderSection("5. Targeted pushes, " + Format.count(scale.largest()) + " sessions",
        "Each push goes to one session picked at random among all connected; p99 ≤ 50 ms with every"
            + " push delivered exactly once.", run -> run.targeted);
    storm();
    if (context.cluster() != null) {
      context.cluster().write(out, 7);
    }
    microbenchmarks();
    new ReportMethod(context, figures, out).write();
    appendix();
  }

  private void idle() {
    out.section("1. Idle sessions");
    out.line("Heap in use after full collections and resident memory of the server process, with"
        + " the sessions connected (and, for CometD, subscribed). Per session is the slope from "
        + Format.count(slopeFrom()) + " to " + Format.count(scale.largest()) + " sessions: the"
        + " sessions added in between never saw a payload, and the server's fixed costs cancel out."
        + " Heaps are touched at start where the scale says so (`-XX:+AlwaysPreTouch`), so RSS per"
        + " session is what a session costs outside the heap.");
    out.line("");
    out.header(List.of("system", "round", "sessions", "heap after full GC", "RSS"), 2);
    for (SystemRun run : figures.all()) {
      if (!run.idle.isEmpty()) {
        out.row(List.of(run.name, Integer.toString(run.round), "0",
            Format.bytes(run.baseHeapBytes), Format.bytes(run.baseRssBytes)));
      }
      for (Idle point : run.idle) {
        out.row(List.of(run.name, Integer.toString(run.round),
            Integer.toString(point.sessions()), Format.bytes(point.heapBytes()),
            Format.bytes(point.rssBytes())));
      }
    }
    figures.difference(Systems.ENCKE, Systems.CEILING, Figures.HEAP).ifPresent(own -> {
      out.line("");
      out.line("Of Encke's " + figures.spread(Systems.ENCKE, Figures.HEAP).get()
          .describe(Format::bytes) + " per idle session, the Jetty WebSocket connection under it"
          + " (bare Jetty) accounts for " + figures.spread(Systems.CEILING, Figures.HEAP).get()
          .describe(Format::bytes) + " and Encke's own session for " + own.describe(Format::bytes)
          + ".");
    });
    classGrowth();
  }

  private int slopeFrom() {
    return scale.idleSessions().get(scale.idleSessions().size() - 2);
  }

  /** What grew per idle session, class by class, in each system's last round. */
  private void classGrowth() {
    out.line("");
    out.line("What grew from " + Format.count(slopeFrom()) + " to " + Format.count(scale.largest())
        + " idle sessions, per session, by class (live objects, from the server's"
        + " `GC.class_histogram`), in each system's last round, and what Encke adds above bare"
        + " Jetty:");
    out.line("");
    out.header(List.of("system", "class", "bytes / session", "instances / session"), 2);
    for (String system : figures.systems()) {
      classRows(system, lastRound(system).idleGrowth);
    }
    if (figures.systems().containsAll(List.of(Systems.ENCKE, Systems.CEILING))) {
      classRows("Encke above bare Jetty", ClassHistogram.above(
          lastRound(Systems.ENCKE).idleGrowth, lastRound(Systems.CEILING).idleGrowth));
    }
  }

  private SystemRun lastRound(String system) {
    List<SystemRun> runs = figures.of(system);
    return runs.get(runs.size() - 1);
  }

  private void classRows(String label, List<ClassGrowth> classes) {
    for (ClassGrowth growth : classes.subList(0, Math.min(TOP_CLASSES, classes.size()))) {
      out.row(List.of(label, "`" + growth.className() + "`",
          Format.bytes(growth.bytesPerSession()), Format.fixed(growth.instancesPerSession())));
    }
  }

  private void ladderSection(String title, String intro, Function<SystemRun, Ladder> ladderOf) {
    out.section(title);
    out.line(intro + " Short probe steps find the bound, full steps of at least "
        + Format.duration(scale.timing().stepMillis()) + " and " + scale.timing().minBroadcasts()
        + " broadcasts bisect it; the figure is the best full step's throughput, and the bracket"
        + " runs from its offered rate to the lowest rate that failed above it.");
    out.line("");
    out.header(List.of("system", "round", "deliveries/s", "bracket (offered/s)", "bound", "p50",
        "p99", "server CPU / delivery", "load generator CPU", "push call"), 2);
    for (SystemRun run : figures.all()) {
      Ladder ladder = ladderOf.apply(run);
      if (ladder == null) {
        continue;
      }
      Optional<Step> best = ladder.best();
      String top = ladder.failingAbove().isPresent()
          ? Format.rate(ladder.failingAbove().getAsDouble()) : "none failed";
      List<String> row = new ArrayList<>(List.of(run.name, Integer.toString(run.round)));
      if (best.isEmpty()) {
        row.addAll(List.of("no full step passed", "– " + top, Format.millis(ladder.boundMicros()),
            "", "", "", "", ""));
      } else {
        Step step = best.get();
        row.addAll(List.of(Format.rate(step.throughput()),
            Format.rate(step.rate()) + " – " + top, Format.millis(ladder.boundMicros()),
            Format.millis(step.latency().p50()), Format.millis(step.latency().p99()),
            Format.micros(step.cost().serverCpuMicrosPerDelivery()),
            Format.percent(step.cost().generatorCpuShare()),
            Format.millis(step.cost().callMicrosMean())));
      }
      out.row(row);
    }
  }

  private void sweep() {
    out.section("3. Sweep of " + Format.count(scale.largest()));
    out.line("One broadcast a second to all " + Format.count(scale.largest()) + " sessions for "
        + Format.duration(scale.timing().sweepMillis()) + ": the time one broadcast takes to reach"
        + " everyone when nothing queues behind it. Push call is the time the publishing thread"
        + " spent in one broadcast.");
    out.line("");
    out.header(List.of("system", "round", "p50", "p99", "max", "server CPU / delivery",
        "push call"), 2);
    for (SystemRun run : figures.all()) {
      Step step = run.sweep;
      if (step != null) {
        out.row(List.of(run.name, Integer.toString(run.round), Format.millis(step.latency().p50()),
            Format.millis(step.latency().p99()), Format.millis(step.latency().max()),
            Format.micros(step.cost().serverCpuMicrosPerDelivery()),
            Format.millis(step.cost().callMicrosMean())));
      }
    }
  }

  private void storm() {
    out.section("6. Reconnect storm");
    out.line("While the server broadcasts " + Format.fixed(scale.storm().broadcastsPerSecond())
        + " times a second, the load generator drops every connection at once (no close"
        + " handshake) and reconnects every client at once, each resuming as its protocol allows."
        + " Lost counts broadcasts some client never received once all were delivered; sessions"
        + " expired counts clients whose session the server had dropped before they came back, so"
        + " that they had to start over. The last two columns are the kernel's counts"
        + " (`/proc/net/netstat`) over the storm: a connection"
        + " attempt dropped at a full listen queue is retried after 1 s, then 3 s, then 7 s."
        + " Server CPU is the share of one CPU the server used from the first drop until every"
        + " client had resumed; generator CPU the load generator's share of its CPUs.");
    out.line("");
    out.header(List.of("system", "round", "connections", "all resumed after", "broadcasts",
        "deliveries due", "lost", "duplicates", "sessions expired", "listen-queue overflows",
        "SYN retransmits", "server CPU", "generator CPU"), 2);
    for (SystemRun run : figures.all()) {
      Storm storm = run.storm;
      if (storm != null) {
        out.row(List.of(run.name, Integer.toString(run.round),
            Integer.toString(storm.connections()),
            storm.resumed().map(d -> d.toMillis() + " ms").orElse("not all within 60 s"),
            Long.toString(storm.published()), Long.toString(storm.deliveriesExpected()),
            Long.toString(storm.lost()), Long.toString(storm.duplicates()),
            Long.toString(storm.startedOver()), Long.toString(storm.listenOverflows()),
            Long.toString(storm.synRetransmits()), Format.percent(storm.serverCpuShare()),
            Format.percent(storm.generatorCpuShare())));
      }
    }
  }

  private void microbenchmarks() {
    out.section("Microbenchmarks (JMH)");
    if (micro.isEmpty()) {
      out.line(scale.jmh() ? "Not run: no system ran."
          : "Not run at " + scale.name() + " scale.");
      return;
    }
    out.header(List.of("benchmark", "parameters", "score", "±", "unit"), 2);
    for (Microbenchmarks.Score score : micro) {
      out.row(List.of(score.benchmark(), score.params(), Format.fixed(score.score()),
          Format.fixed(score.error()), score.unit()));
    }
  }

  private void appendix() {
    out.section("Appendix: every step");
    out.header(List.of("system", "round", "workload", "sessions", "kind", "rate/s", "ms", "sent",
        "received/due", "lost", "dup", "p50", "p99", "p99.9", "max", "bound", "throughput",
        "server CPU/delivery", "generator CPU/delivery", "generator CPU", "server GCs",
        "generator GC", "push call", "pass"), 5);
    for (SystemRun run : figures.all()) {
      List<Step> steps = new ArrayList<>();
      Optional.ofNullable(run.fanOutSmall).ifPresent(ladder -> steps.addAll(ladder.steps()));
      Optional.ofNullable(run.sweep).ifPresent(steps::add);
      for (Ladder ladder : Arrays.asList(run.fanOutLarge, run.targeted)) {
        Optional.ofNullable(ladder).ifPresent(present -> steps.addAll(present.steps()));
      }
      steps.forEach(step -> stepRow(run, step));
    }
  }

  private void stepRow(SystemRun run, Step s) {
    boolean bounded = s.boundMicros() != Long.MAX_VALUE;
    out.row(List.of(run.name, Integer.toString(run.round), s.workload(),
        Integer.toString(s.sessions()), s.probe() ? "probe" : "full", Format.rate(s.rate()),
        Long.toString(s.millis()), Long.toString(s.counts().sent()),
        s.counts().received() + "/" + s.counts().expected(), Long.toString(s.counts().lost()),
        Long.toString(s.counts().duplicates()), Format.millis(s.latency().p50()),
        Format.millis(s.latency().p99()), Format.millis(s.latency().p999()),
        Format.millis(s.latency().max()), bounded ? Format.millis(s.boundMicros()) : "",
        Format.rate(s.throughput()), Format.micros(s.cost().serverCpuMicrosPerDelivery()),
        Format.micros(s.cost().generatorCpuMicrosPerDelivery()),
        Format.percent(s.cost().generatorCpuShare()),
        s.cost().serverGcCount() + " / " + s.cost().serverGcMillis() + " ms",
        s.cost().generatorGcMillis() + " ms", Format.millis(s.cost().callMicrosMean()),
        bounded ? (s.passed() ? "yes" : "no") : ""));
  }
}
