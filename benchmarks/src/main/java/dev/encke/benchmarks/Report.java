package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.Idle;
import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import dev.encke.benchmarks.Results.Storm;
import dev.encke.benchmarks.Results.SystemResults;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Writes BENCHMARKS.md from a run's results: machine, a table per workload, ratios, goals. */
final class Report {

  private final Scale scale;
  private final List<SystemResults> systems;
  private final List<Microbenchmarks.Score> micro;
  private final Duration took;
  private final String loadBefore;
  private final String loadAfter;
  private final StringBuilder out = new StringBuilder();

  Report(Scale scale, List<SystemResults> systems, List<Microbenchmarks.Score> micro, Duration took,
      String loadBefore, String loadAfter) {
    this.scale = scale;
    this.systems = systems;
    this.micro = micro;
    this.took = took;
    this.loadBefore = loadBefore;
    this.loadAfter = loadAfter;
  }

  String markdown() {
    line("# Encke benchmarks");
    line("");
    line("Written by `scripts/bench` on " + LocalDate.now() + " at " + scale.name() + " scale, in "
        + took.toMinutes() + " min " + took.toSecondsPart() + " s. Encke, CometD and a raw NIO"
        + " baseline ran one after the other on this machine, each server in its own JVM, all"
        + " driven by one load-generator JVM. The numbers are measurements of one run, not"
        + " promises; rerun `scripts/bench` to get yours.");
    machine();
    summary();
    idle();
    fanOut();
    targeted();
    storm();
    microbenchmarks();
    method();
    ladders();
    return out.toString();
  }

  private void machine() {
    section("Machine");
    line("| | |");
    line("|---|---|");
    line("| CPU | " + ProcFs.cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores |");
    line("| memory | " + bytes(ProcFs.memoryBytes()) + " |");
    line("| kernel | Linux " + ProcFs.kernel() + " |");
    line("| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + " |");
    line("| load average (1, 5, 15 min) | before " + loadBefore + "; after " + loadAfter + " |");
    line("| server JVMs | `" + String.join(" ", ServerProcess.JVM_OPTIONS) + "`, one at a time |");
    line("| load generator | one JVM, Jetty " + Versions.jetty() + " WebSocket client, "
        + scale.sourceAddresses() + " source addresses from 127.0.0.2 |");
    for (SystemResults system : systems) {
      line("| " + system.name + " | " + system.description + " |");
    }
  }

  private void summary() {
    section("Summary");
    int room = scale.fanOutRooms().get(scale.fanOutRooms().size() - 1);
    double fanOutRatio = ratio(s -> fanOutRate(s, room), "Encke", "CometD");
    line("fan-out ratio (Encke/CometD deliveries/s at p99 < 50 ms, " + count(room)
        + " subscribers): " + (fanOutRate(system("CometD"), room) > 0 ? fixed(fanOutRatio)
            : "n/a (no CometD step passed, so there is nothing to divide by)"));
    line("");
    line("fan-out capacity ratio (Encke/CometD deliveries/s with every delivery made and p99 < 1 s, "
        + count(room) + " subscribers): " + fixed(ratio(
            s -> fanOutCapacity(s, room), "Encke", "CometD")));
    line("");
    line("| measure | Encke | CometD | baseline | Encke/CometD | Encke/baseline |");
    line("|---|---:|---:|---:|---:|---:|");
    for (int size : scale.fanOutRooms()) {
      ratioRow("fan-out deliveries/s at p99 < 50 ms, room of " + count(size),
          s -> fanOutRate(s, size), Report::rate);
    }
    for (int size : scale.fanOutRooms()) {
      ratioRow("fan-out capacity deliveries/s (p99 < 1 s), room of " + count(size),
          s -> fanOutCapacity(s, size), Report::rate);
    }
    ratioRow("targeted pushes/s, " + count(scale.largest()) + " sessions",
        s -> s.targeted == null ? 0 : s.targeted.bestRate(), Report::rate);
    ratioRow("heap per idle session, " + count(scale.largest()),
        s -> s.heapPerSession(scale.largest()).orElse(0.0), v -> bytes(Math.round(v)));
    ratioRow("RSS per idle session, " + count(scale.largest()),
        s -> s.rssPerSession(scale.largest()).orElse(0.0), v -> bytes(Math.round(v)));
    goals(room);
  }

  private void goals(int room) {
    SystemResults encke = system("Encke");
    double vsCometd = ratio(s -> fanOutRate(s, room), "Encke", "CometD");
    double vsBaseline = ratio(s -> fanOutRate(s, room), "Encke", "baseline");
    double heap = encke.heapPerSession(scale.largest()).orElse(0.0);
    double heapVsCometd = ratio(s -> s.heapPerSession(scale.largest()).orElse(0.0), "Encke",
        "CometD");
    Storm storm = encke.storm;
    line("");
    line("| goal (issue 7) | measured | met |");
    line("|---|---:|:---:|");
    boolean cometdPassed = fanOutRate(system("CometD"), room) > 0;
    boolean baselinePassed = fanOutRate(system("baseline"), room) > 0;
    goal("fan-out ≥ 2.0 × CometD at " + count(room),
        cometdPassed ? fixed(vsCometd) + " ×" : "n/a: no CometD step passed", vsCometd >= 2.0);
    goal("fan-out ≥ 50 % of the baseline at " + count(room),
        baselinePassed ? percent(vsBaseline) : "n/a: no baseline step passed", vsBaseline >= 0.5);
    goal("heap per idle session ≤ 0.5 × CometD's", fixed(heapVsCometd) + " ×", heapVsCometd <= 0.5);
    goal("heap per idle session ≤ 4 KiB", bytes(Math.round(heap)), heap <= 4096);
    boolean fast = storm != null && storm.resumed().map(d -> d.toMillis() < 3000).orElse(false);
    goal("reconnect storm of " + count(scale.largest()) + " resumed in < 3 s",
        storm == null ? "not run" : resumed(storm), fast);
    goal("reconnect storm loses 0 messages", storm == null ? "not run" : storm.lost() + " lost",
        storm != null && storm.lost() == 0);
  }

  private void goal(String goal, String measured, boolean met) {
    line("| " + goal + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
  }

  private void ratioRow(String measure, Function<SystemResults, Double> value,
      Function<Double, String> format) {
    StringBuilder row = new StringBuilder("| " + measure);
    for (String name : List.of("Encke", "CometD", "baseline")) {
      row.append(" | ").append(format.apply(value.apply(system(name))));
    }
    row.append(" | ").append(fixed(ratio(value, "Encke", "CometD")));
    row.append(" | ").append(fixed(ratio(value, "Encke", "baseline"))).append(" |");
    line(row.toString());
  }

  private void idle() {
    section("1. Idle sessions");
    line("Heap in use after full collections and resident memory of the server process, with the"
        + " sessions connected (and, for CometD, subscribed) and idle; per session is above the"
        + " same server with no session. The servers' heaps are touched at start"
        + " (`-XX:+AlwaysPreTouch`), so RSS per session is what a session costs outside the heap.");
    line("");
    line("| system | sessions | heap after full GC | heap / session | RSS | RSS / session |");
    line("|---|---:|---:|---:|---:|---:|");
    for (SystemResults system : systems) {
      line("| " + system.name + " | 0 | " + bytes(system.baseHeapBytes) + " | | "
          + bytes(system.baseRssBytes) + " | |");
      for (Idle point : system.idle) {
        line("| " + system.name + " | " + point.sessions() + " | " + bytes(point.heapBytes())
            + " | " + bytes(Math.round(system.heapPerSession(point.sessions()).orElse(0.0)))
            + " | " + bytes(point.rssBytes()) + " | "
            + bytes(Math.round(system.rssPerSession(point.sessions()).orElse(0.0))) + " |");
      }
    }
    systems.stream().filter(s -> s.name.equals(Bench.JETTY_FLOOR)).findFirst().ifPresent(floor -> {
      double encke = system("Encke").heapPerSession(scale.largest()).orElse(0.0);
      double jetty = floor.heapPerSession(scale.largest()).orElse(0.0);
      line("");
      line("Of Encke's " + bytes(Math.round(encke)) + " per idle session at "
          + count(scale.largest()) + ", the Jetty WebSocket connection under it accounts for "
          + bytes(Math.round(jetty)) + " and Encke's own session for the other "
          + bytes(Math.round(encke - jetty)) + ".");
    });
  }

  private void fanOut() {
    section("2. Broadcast fan-out");
    line("One room, a " + dev.encke.benchmarks.kit.Payload.BYTES + "-byte payload per broadcast,"
        + " the rate doubled while the server kept up, halved below the start when even the first"
        + " step failed, then bisected. The best step whose p99 stayed under 50 ms with every"
        + " delivery made; capacity is the most deliveries a second of any step with every delivery"
        + " made and p99 under 1 s:");
    line("");
    line("| system | room | deliveries/s | broadcasts/s | p50 | p99 | p99.9 | server CPU / delivery"
        + " | push call | capacity |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int size : scale.fanOutRooms()) {
      for (SystemResults system : systems) {
        bestRow(system.name, system.fanOut.get(size), size);
      }
    }
  }

  private void targeted() {
    section("3. Targeted pushes");
    line("Each push goes to one session picked at random among all connected; the best step under"
        + " p99 50 ms with every push delivered:");
    line("");
    line("| system | sessions | pushes/s | | p50 | p99 | p99.9 | server CPU / push | push call"
        + " | capacity |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SystemResults system : systems) {
      bestRow(system.name, system.targeted, 1);
    }
  }

  private void bestRow(String name, Ladder ladder, int audience) {
    if (ladder == null) {
      return;
    }
    Optional<Step> best = ladder.best();
    if (best.isEmpty()) {
      line("| " + name + " | " + ladder.sessions() + " | no step passed | | | | | | | "
          + rate(ladder.capacity()) + " |");
      return;
    }
    Step step = best.get();
    line("| " + name + " | " + ladder.sessions() + " | " + rate(step.deliveriesPerSecond())
        + " | " + (audience == 1 ? "" : fixed(step.rate() / audience)) + " | " + millis(step.p50())
        + " | " + millis(step.p99()) + " | " + millis(step.p999()) + " | "
        + micros(step.cpuMicrosPerDelivery()) + " | "
        + millis(step.callMicrosMean()) + " | " + rate(ladder.capacity()) + " |");
  }

  private void storm() {
    section("4. Reconnect storm");
    line("While the server broadcasts " + fixed(scale.stormBroadcastsPerSecond())
        + " times a second, the load generator drops every connection at once (no close"
        + " handshake) and reconnects every client at once, each resuming as its protocol allows."
        + " Lost counts broadcasts some client never received once all were delivered. The"
        + " last two columns are the kernel's counts (`/proc/net/netstat`) over the storm: a"
        + " connection attempt dropped at a full listen queue is retried by the client's kernel"
        + " after 1 s, then 3 s, then 7 s.");
    line("");
    line("| system | connections | all resumed after | broadcasts | deliveries due | lost |"
        + " duplicates | listen-queue overflows | SYN retransmits |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SystemResults system : systems) {
      Storm storm = system.storm;
      if (storm != null) {
        line("| " + system.name + " | " + storm.connections() + " | " + resumed(storm) + " | "
            + storm.published() + " | " + storm.deliveriesExpected() + " | " + storm.lost()
            + " | " + storm.duplicates() + " | " + storm.listenOverflows() + " | "
            + storm.synRetransmits() + " |");
      }
    }
  }

  private void microbenchmarks() {
    section("Microbenchmarks (JMH)");
    if (micro.isEmpty()) {
      line("Not run at " + scale.name() + " scale.");
      return;
    }
    line("| benchmark | parameters | score | ± | unit |");
    line("|---|---|---:|---:|---|");
    for (Microbenchmarks.Score score : micro) {
      line("| " + score.benchmark() + " | " + score.params() + " | " + fixed(score.score()) + " | "
          + fixed(score.error()) + " | " + score.unit() + " |");
    }
  }

  private void method() {
    section("How it was measured");
    line("- Latency runs from the time the server was due to send a payload (its `System.nanoTime()`,"
        + " carried in the payload) to the time a client had read it; pacing uses due times, so a"
        + " server that falls behind shows it as latency (no coordinated omission). HdrHistogram,"
        + " 3 significant digits.");
    line("- A step counts when every client received every payload exactly once within "
        + scale.maxDrainMillis() + " ms of the step's end and p99 ≤ 50 ms. Steps publish for "
        + scale.stepMillis() + " ms. Server CPU is user + system time from `/proc/<pid>/stat`"
        + " over the step and its drain, divided by deliveries. Push call is the mean time the"
        + " application's thread spent inside one `withAllSessions`, `publish` or `withSession`"
        + " call (one broadcast's writes, when a server writes inline).");
    line("- Encke's clients acknowledge every batch, as `encke.js` does; CometD's keep one"
        + " `/meta/connect` outstanding, as CometD's clients do. Every client pings every 10 s so"
        + " that no server idles a connection out between phases.");
    for (SystemResults system : systems) {
      line("- " + system.name + ": " + system.unexpectedCloses + " connections closed unasked"
          + (system.errors.isEmpty() ? "" : "; first errors: " + system.errors));
    }
  }

  private void ladders() {
    section("Appendix: every ladder step");
    line("| system | workload | sessions | rate/s | sent | push call | received/due | lost | p50 | p99"
        + " | p99.9 | max | server CPU/delivery | load generator CPU/delivery | pass |");
    line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
    for (SystemResults system : systems) {
      for (Ladder ladder : system.fanOut.values()) {
        stepRows(system.name, ladder);
      }
      if (system.targeted != null) {
        stepRows(system.name, system.targeted);
      }
    }
  }

  private void stepRows(String name, Ladder ladder) {
    for (Step s : ladder.steps()) {
      line("| " + name + " | " + ladder.workload() + " | " + ladder.sessions() + " | "
          + rate(s.rate()) + " | " + s.sent() + " | " + millis(s.callMicrosMean()) + " | "
          + s.received() + "/" + s.expected() + " | "
          + s.lost() + " | " + millis(s.p50()) + " | " + millis(s.p99()) + " | "
          + millis(s.p999()) + " | " + millis(s.max()) + " | "
          + micros(s.cpuMicrosPerDelivery()) + " | " + micros(s.loadCpuMicrosPerDelivery()) + " | "
          + (s.passed() ? "yes" : "no") + " |");
    }
  }

  private double fanOutRate(SystemResults system, int room) {
    Ladder ladder = system.fanOut.get(room);
    return ladder == null ? 0 : ladder.bestRate();
  }

  private double fanOutCapacity(SystemResults system, int room) {
    Ladder ladder = system.fanOut.get(room);
    return ladder == null ? 0 : ladder.capacity();
  }

  private double ratio(Function<SystemResults, Double> value, String top, String bottom) {
    double below = value.apply(system(bottom));
    return below == 0 ? 0 : value.apply(system(top)) / below;
  }

  private SystemResults system(String name) {
    return systems.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
  }

  private static String resumed(Storm storm) {
    return storm.resumed().map(d -> d.toMillis() + " ms").orElse("not all within 60 s");
  }

  private void section(String title) {
    line("");
    line("## " + title);
    line("");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  static String count(int n) {
    return n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
  }

  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  static String fixed(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
  }

  static String millis(long micros) {
    return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
  }

  static String micros(double micros) {
    return String.format(Locale.ROOT, "%.2f µs", micros);
  }

  static String bytes(long bytes) {
    if (Math.abs(bytes) >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
    if (Math.abs(bytes) >= 1024) {
      return String.format(Locale.ROOT, "%.2f KiB", bytes / 1024.0);
    }
    return bytes + " B";
  }
}
