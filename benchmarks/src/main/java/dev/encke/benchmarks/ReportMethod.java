package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.SystemRun;
import java.util.List;

/** The report's account of how everything was measured, with this run's numbers in it. */
final class ReportMethod {

  private final Report.Context context;
  private final Figures figures;
  private final Markdown out;

  ReportMethod(Report.Context context, Figures figures, Markdown out) {
    this.context = context;
    this.figures = figures;
    this.out = out;
  }

  void write() {
    Scale scale = context.scale();
    Scale.Timing timing = scale.timing();
    out.section("How it was measured");
    List<String> bullets = List.of(
        "Rounds: every system runs once per round, in the order of the tables, and the rounds run"
            + " one after the other; a figure is the median of its rounds, a ratio the median of"
            + " the per-round ratios. A full run refuses to start when the 1-minute load average"
            + " is above " + Bench.QUIET_LOAD + "; this run's was " + context.loadOneMinute() + ".",
        "CPUs: " + context.pinning() + ". The load generator's CPU share is its CPU time over a"
            + " step divided by the step's wall time and its CPUs; near 100 % the generator, not"
            + " the server, is the limit.",
        "Latency runs from the time the server was due to send a payload (its `System.nanoTime()`,"
            + " carried in the payload) to the time a client had read it; pacing uses due times,"
            + " so a server that falls behind shows it as latency (no coordinated omission)."
            + " HdrHistogram, 3 significant digits.",
        "Throughput is what arrived divided by the time from the step's first due payload to its"
            + " last arrival, so deliveries that drain after the step lengthen the step rather"
            + " than count for free.",
        "Each server process first takes " + Format.duration(timing.warmUpMillis())
            + " of unrecorded broadcasts. A search probes with steps of "
            + Format.duration(timing.probeMillis()) + " and at least "
            + timing.minProbeBroadcasts() + " broadcasts (doubling from the start rate in the"
            + " first round, starting from the previous round's figure after) until a passing and"
            + " a failing rate bracket the bound, bisects the bracket "
            + scale.search().probeRefinements() + " time(s) with probes, then confirms its lower"
            + " end and bisects " + scale.search().fullRefinements() + " more time(s) with full"
            + " steps of at least " + Format.duration(timing.stepMillis()) + " and "
            + timing.minBroadcasts() + " broadcasts. Only full steps give figures.",
        "After each step the fleet waits up to " + Format.duration(timing.maxDrainMillis())
            + " for late deliveries (until none arrived for "
            + Format.duration(timing.quietMillis()) + "), then the server runs full collections"
            + " and rests " + Format.duration(timing.coolDownMillis()) + ". Garbage"
            + " collections during a step, the server's and the load generator's, are in the"
            + " appendix; each server's full GC log is in its `-gc.log`.",
        "Server CPU is user + system time from `/proc/<pid>/stat` over the step and its drain,"
            + " divided by deliveries. Push call is the mean time the publishing thread spent"
            + " inside one `withAllSessions`, `publish` or `withSession` call, or one frame per"
            + " connection for bare Jetty.",
        "On equal terms: CometD's `ws.messagesPerFrame` is Encke's number of messages per socket"
            + " write (read from Encke), and every server listens with a backlog of "
            + Parity.ACCEPT_QUEUE + " (the Machine table shows what the kernel reports). Encke's"
            + " clients acknowledge as the welcome's ack policy says, as `channel.js` does: at"
            + " once when enough batches or bytes wait, otherwise about its delay after the first"
            + " of them, each client checked on its own slice of the fleet's 50 ms tick; CometD's"
            + " keep one `/meta/connect` outstanding, as CometD's clients do, and in the"
            + " `CometD + acks` row ask for acknowledgements in the handshake and carry the last"
            + " batch in each `/meta/connect`, as CometD's `AckExtension` does. CometD's and bare"
            + " Jetty's clients ping every 10 s so that no server idles a connection out between"
            + " phases; Encke's, like browsers, never ping: they answer Encke's heartbeats.",
        "Heap per idle session is the slope between the last two idle points, measured before any"
            + " traffic reached the sessions added in between.");
    for (String bullet : bullets) {
      out.line("- " + bullet);
    }
    for (SystemRun run : figures.all()) {
      if (run.unexpectedCloses > 0 || !run.errors.isEmpty()) {
        out.line("- " + run.name + ", round " + run.round + ": " + run.unexpectedCloses
            + " connections closed unasked" + (run.errors.isEmpty() ? ""
                : "; first errors: " + run.errors));
      }
    }
  }
}
