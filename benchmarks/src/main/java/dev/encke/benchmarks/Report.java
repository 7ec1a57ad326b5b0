package dev.encke.benchmarks;

import static dev.encke.benchmarks.Systems.CEILING;
import static dev.encke.benchmarks.Systems.COMETD;
import static dev.encke.benchmarks.Systems.ENCKE;

import dev.encke.benchmarks.Figures.Measure;
import dev.encke.benchmarks.Results.SystemRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes BENCHMARKS.md from a run's figures: the summary with its ratio lines and goals, a closing
 * note, the machine, then {@link ReportSections}' detail.
 */
final class Report {

  /** What the report says about the run itself; {@code cluster} is null when it did not run. */
  record Context(
      Scale scale,
      List<ServerSpec> specs,
      LocalDate date,
      Duration took,
      double loadOneMinute,
      String loadBefore,
      String loadAfter,
      List<String> loadPerRound,
      String pinning,
      Path logDir,
      ClusterSection cluster) {

    boolean noisy() {
      return loadOneMinute > Bench.QUIET_LOAD;
    }
  }

  private static final String TARGETED_RATIO = "targeted ratio (Encke/CometD, ";
  private static final String FAN_OUT_RATIO = "fan-out ratio (Encke/CometD on par, ";

  private final Context context;
  private final Figures figures;
  private final List<Microbenchmarks.Score> micro;
  private final Markdown out = new Markdown();
  private final String small;
  private final String large;
  private final List<Goals.Goal> goals;

  Report(Context context, Figures figures, List<Microbenchmarks.Score> micro) {
    this.context = context;
    this.figures = figures;
    this.micro = micro;
    this.small = Format.count(context.scale().smallRoom());
    this.large = Format.count(context.scale().largest());
    this.goals = Goals.evaluate(figures, context.scale(), unstableHeadlines());
  }

  String markdown() {
    out.line("# Encke benchmarks");
    out.line("");
    out.line("Written by `scripts/bench` on " + context.date() + " at " + context.scale().name()
        + " scale, in " + context.took().toMinutes() + " min " + context.took().toSecondsPart()
        + " s: " + figures.rounds() + " round(s), each running " + String.join(", ",
            figures.systems()) + " one after the other, so the systems interleave. Each server ran"
        + " in its own JVM, driven by one load-generator JVM (" + context.pinning() + ")."
        + " Figures are medians"
        + " over the rounds with their range (lowest–highest); ratios are taken round by round."
        + " Rerun `scripts/bench` to get yours.");
    if (context.noisy()) {
      out.line("");
      out.line("**Not a result: the 1-minute load average was " + context.loadOneMinute()
          + " before the run, above " + Bench.QUIET_LOAD + ", so other work shared the CPUs."
          + " The figures show that the harness works, not how fast anything is.**");
    }
    summary();
    goals();
    closingNote();
    machine();
    new ReportSections(context, figures, micro, out).write();
    return out.toString();
  }

  private void summary() {
    out.section("Summary");
    ratios().forEach(this::ratioLine);
    List<String> header = new ArrayList<>(List.of("measure"));
    header.addAll(figures.systems());
    out.header(header, 1);
    for (Measure measure : headline()) {
      List<String> row = new ArrayList<>(List.of(measure.label()));
      for (String system : figures.systems()) {
        row.add(figures.spread(system, measure)
            .map(spread -> measure.judged() ? Goals.cell(spread, measure.format())
                : spread.describe(measure.format()))
            .orElse(""));
      }
      out.row(row);
    }
    out.line("");
    out.line("\\* the range is wider than ±" + Spread.TOLERANCE_PERCENT + " % of the median: not a"
        + " figure that repeats on this machine.");
  }

  /** The headline measures, labelled with this scale's sizes. */
  private List<Measure> headline() {
    String slope = " (" + Format.count(context.scale().idleSessions().get(
        context.scale().idleSessions().size() - 2)) + " → " + large + ")";
    String storm = "reconnect storm of " + large + ": ";
    return List.of(
        Figures.FAN_OUT_SMALL.relabelled(
            "fan-out deliveries/s, room of " + small + ", p99 ≤ 50 ms"),
        Figures.SWEEP.relabelled("sweep of " + large + " (one broadcast a second), p99"),
        Figures.FAN_OUT_LARGE.relabelled(
            "fan-out deliveries/s, room of " + large + ", p99 ≤ own sweep + 50 ms"),
        Figures.TARGETED.relabelled("targeted pushes/s, " + large + " sessions, p99 ≤ 50 ms"),
        Figures.HEAP.relabelled("heap per idle session" + slope),
        Figures.RSS.relabelled("RSS per idle session" + slope),
        Figures.STORM_RESUMED.relabelled(storm + "all resumed after"),
        Figures.STORM_LOST.relabelled(storm + "broadcasts lost"),
        Figures.STORM_DUPLICATES.relabelled(storm + "duplicates"));
  }

  /**
   * The summary's ratio lines by label; the first two are the exact lines, which the
   * closing note quotes.
   */
  private Map<String, Optional<Spread>> ratios() {
    Map<String, Optional<Spread>> ratios = new LinkedHashMap<>();
    ratios.put(TARGETED_RATIO + large + ")", figures.ratio(ENCKE, COMETD, Figures.TARGETED));
    ratios.put(FAN_OUT_RATIO + small + ")", figures.ratio(ENCKE, COMETD, Figures.FAN_OUT_SMALL));
    ratios.put("fan-out ratio under the sweep criterion (Encke/CometD, " + large + ")",
        figures.ratio(ENCKE, COMETD, Figures.FAN_OUT_LARGE));
    ratios.put("fan-out share of the ceiling (Encke/bare Jetty, " + small + ")",
        figures.ratio(ENCKE, CEILING, Figures.FAN_OUT_SMALL));
    return ratios;
  }

  private void ratioLine(String label, Optional<Spread> ratio) {
    if (ratio.isEmpty()) {
      out.line(label + ": n/a");
      out.line("(no round in which both were measured and the divisor passed a step)");
    } else {
      Spread spread = ratio.get();
      out.line(label + ": " + Format.fixed(spread.median()));
      out.line("range " + Format.fixed(spread.min()) + "–" + Format.fixed(spread.max()) + " over "
          + spread.count() + " of " + figures.rounds() + " round(s), "
          + (spread.stable() ? "within" : "**not** within") + " ±" + Spread.TOLERANCE_PERCENT
          + " % of the median");
    }
    out.line("");
  }

  private void goals() {
    out.line("");
    out.line("| goal (issue 15, medians of the rounds) | measured | met |");
    out.line("|---|---|:---:|");
    for (Goals.Goal goal : goals) {
      out.line("| " + goal.goal() + " | " + goal.measured() + " | "
          + (goal.met() ? "yes" : "**no**") + " |");
    }
  }

  /** The ratio lines and judged headline figures whose range is too wide. */
  private List<String> unstableHeadlines() {
    List<String> unstable = new ArrayList<>();
    ratios().forEach((label, ratio) -> ratio.filter(spread -> !spread.stable())
        .ifPresent(spread -> unstable.add(label)));
    for (Measure measure : headline()) {
      for (String system : figures.systems()) {
        figures.spread(system, measure).filter(spread -> measure.judged() && !spread.stable())
            .ifPresent(spread -> unstable.add(system + " " + measure.label()));
      }
    }
    return unstable;
  }

  /** The ratio lines again with their ranges, and what limits each goal that is not met. */
  private void closingNote() {
    out.section("Closing note");
    out.line("On this run, " + quote(TARGETED_RATIO + large + ")",
        figures.ratio(ENCKE, COMETD, Figures.TARGETED)) + ", and " + quote(
            FAN_OUT_RATIO + small + ")", figures.ratio(ENCKE, COMETD, Figures.FAN_OUT_SMALL))
        + ".");
    out.line("");
    List<Goals.Goal> unmet = goals.stream().filter(goal -> !goal.met()).collect(Collectors.toList());
    if (unmet.isEmpty()) {
      out.line("Every goal is met.");
    }
    for (Goals.Goal goal : unmet) {
      out.line("- Not met: " + goal.goal() + " (" + goal.measured() + "). " + goal.limitedBy()
          + ".");
    }
  }

  private static String quote(String label, Optional<Spread> ratio) {
    return ratio.map(spread -> "`" + label + ": " + Format.fixed(spread.median()) + "` (range "
        + Format.fixed(spread.min()) + "–" + Format.fixed(spread.max()) + ")")
        .orElse("`" + label + ": n/a`");
  }

  private void machine() {
    out.section("Machine");
    out.line("| | |");
    out.line("|---|---|");
    out.line("| CPU | " + ProcFs.cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores |");
    out.line("| memory | " + Format.bytes(ProcFs.memoryBytes()) + " |");
    out.line("| kernel | Linux " + ProcFs.kernel() + " |");
    out.line("| Java | " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version") + " |");
    out.line("| CPUs | " + context.pinning() + " |");
    out.line("| load average (1, 5, 15 min) | before " + context.loadBefore() + "; before each round "
        + String.join(" / ", context.loadPerRound()) + " (the run's own load included); after "
        + context.loadAfter() + " |");
    out.line("| server JVMs | `" + String.join(" ", context.scale().serverJvm())
        + "`, one at a time, each with its GC log in `" + context.logDir()
        + "/<system>-r<round>-gc.log` |");
    out.line("| load generator | one JVM, Jetty " + Versions.jetty() + " WebSocket client, "
        + context.scale().sourceAddresses() + " source addresses from 127.0.0.2 |");
    out.line("");
    out.header(List.of("system", "what", "settings, as the server reports them",
        "listen backlog (kernel)"), 3);
    for (ServerSpec spec : context.specs()) {
      Optional<SystemRun> first = figures.of(spec.name(), 1);
      out.row(List.of(spec.name(), spec.description(),
          first.map(run -> "`" + run.settings + "`").orElse(""),
          first.map(run -> run.listenBacklog).orElse("")));
    }
  }
}
