package dev.encke.benchmarks;

import static dev.encke.benchmarks.Systems.CEILING;
import static dev.encke.benchmarks.Systems.COMETD;
import static dev.encke.benchmarks.Systems.COMETD_ACKS;
import static dev.encke.benchmarks.Systems.ENCKE;

import dev.encke.benchmarks.Figures.Measure;
import dev.encke.benchmarks.Results.ClassGrowth;
import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import dev.encke.benchmarks.Results.SystemRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The goals, judged on the medians of the rounds, each with the measured facts that limit
 * it when it is not met.
 */
final class Goals {

  /** Above this share of its CPUs the load generator may be what limits a step. */
  private static final double GENERATOR_SATURATED = 0.9;

  /** One goal: what was measured, whether it is met, and what limited it. */
  record Goal(String goal, String measured, boolean met, String limitedBy) {}

  private final Figures figures;
  private final String small;
  private final String large;
  private final List<Goal> goals = new ArrayList<>();

  private Goals(Figures figures, Scale scale) {
    this.figures = figures;
    this.small = Format.count(scale.smallRoom());
    this.large = Format.count(scale.largest());
  }

  /** The goals in the order; {@code unstable} names the headline figures that vary. */
  static List<Goal> evaluate(Figures figures, Scale scale, List<String> unstable) {
    Goals goals = new Goals(figures, scale);
    goals.throughput("targeted pushes/s at " + goals.large + " ≥ 1.5 × CometD", COMETD,
        Figures.TARGETED, run -> run.targeted, ratio -> ratio >= 1.5);
    goals.throughput("fan-out at " + goals.small + " ≥ 2 × CometD on par", COMETD,
        Figures.FAN_OUT_SMALL, run -> run.fanOutSmall, ratio -> ratio >= 2);
    goals.throughput("fan-out at " + goals.small + " ≥ 70 % of the ceiling", CEILING,
        Figures.FAN_OUT_SMALL, run -> run.fanOutSmall, ratio -> ratio >= 0.7);
    goals.throughput("fan-out at " + goals.large + " under the sweep criterion ≥ 2 × CometD",
        COMETD, Figures.FAN_OUT_LARGE, run -> run.fanOutLarge, ratio -> ratio >= 2);
    goals.heap();
    goals.storm();
    goals.goals.add(new Goal("every headline figure within ±" + Spread.TOLERANCE_PERCENT
            + " % of its median", unstable.isEmpty() ? "all are" : "not: " + String.join("; ",
            unstable), unstable.isEmpty(),
        "The rounds disagree by more than the tolerance: noise on the machine, or a bound that"
            + " the searches find at different rates"));
    return goals.goals;
  }

  /** A figure with its range, starred when the range is too wide. */
  static String cell(Spread spread, DoubleFunction<String> format) {
    return spread.describe(format) + (spread.stable() ? "" : " \\*");
  }

  private void throughput(String goal, String peer, Measure measure,
      Function<SystemRun, Ladder> ladder, DoublePredicate met) {
    Optional<Spread> ratio = figures.ratio(ENCKE, peer, measure);
    goals.add(new Goal(goal, ratio.map(spread -> cell(spread, Format::fixed) + " ×").orElse("n/a"),
        ratio.map(spread -> met.test(spread.median())).orElse(false),
        ladderEvidence(measure, ladder, peer)));
  }

  /** Encke's median round of a search, against the peer's: cost at the best step, and the failure. */
  private String ladderEvidence(Measure measure, Function<SystemRun, Ladder> ladderOf,
      String peer) {
    Optional<SystemRun> median = figures.medianRound(ENCKE, measure);
    if (median.isEmpty() || ladderOf.apply(median.get()) == null) {
      return "Encke did not run this workload";
    }
    Ladder ladder = ladderOf.apply(median.get());
    StringBuilder text = new StringBuilder("In round " + median.get().round + ", ");
    Optional<Step> best = ladder.best();
    if (best.isEmpty()) {
      text.append("no full step of Encke's passed");
    } else {
      text.append("Encke's best full step offered ").append(Format.rate(best.get().rate()))
          .append("/s at p99 ").append(Format.millis(best.get().latency().p99()))
          .append(" (bound ").append(Format.millis(ladder.boundMicros())).append("), server CPU ")
          .append(Format.micros(best.get().cost().serverCpuMicrosPerDelivery()))
          .append(" per delivery");
      figures.medianRound(peer, measure).map(ladderOf).flatMap(Ladder::best).ifPresent(peerBest ->
          text.append(" (").append(peer).append(" at its best: ")
              .append(Format.micros(peerBest.cost().serverCpuMicrosPerDelivery())).append(")"));
    }
    ladder.firstFailureAbove().ifPresent(failure -> text.append("; the next rate tried, ")
        .append(Format.rate(failure.rate())).append("/s, failed: ").append(why(failure))
        .append(", with the load generator at ")
        .append(Format.percent(failure.cost().generatorCpuShare())).append(" of its CPU")
        .append(failure.cost().generatorCpuShare() > GENERATOR_SATURATED
            ? ", so the generator, not the server, may be the limit" : ""));
    return text.toString();
  }

  static String why(Step step) {
    if (!step.counts().complete()) {
      return step.counts().received() + " of " + step.counts().expected() + " received, "
          + step.counts().lost() + " lost, " + step.counts().duplicates() + " duplicates";
    }
    return "p99 " + Format.millis(step.latency().p99()) + " above the bound";
  }

  private void heap() {
    Optional<Spread> own = figures.difference(ENCKE, CEILING, Figures.HEAP);
    String limitedBy = figures.medianRound(ENCKE, Figures.HEAP)
        .map(run -> "What Encke adds per idle session above bare Jetty in round " + run.round
            + ", most first: " + ClassHistogram.above(run.idleGrowth,
                figures.of(CEILING, run.round).map(floor -> floor.idleGrowth).orElse(List.of()))
            .stream().limit(5).map(Goals::describe).collect(Collectors.joining(", ")))
        .orElse("Not measured");
    goals.add(new Goal("Encke's own heap per idle session (above bare Jetty) ≤ 1 KiB",
        own.map(spread -> cell(spread, Format::bytes)).orElse("not measured"),
        own.map(spread -> spread.median() <= 1024).orElse(false), limitedBy));
  }

  private static String describe(ClassGrowth growth) {
    return "`" + growth.className() + "` " + Format.bytes(growth.bytesPerSession());
  }

  private void storm() {
    Optional<Spread> resumed = figures.spread(ENCKE, Figures.STORM_RESUMED);
    String limitedBy = figures.medianRound(ENCKE, Figures.STORM_RESUMED)
        .map(run -> "In round " + run.round + ": " + run.storm.listenOverflows()
            + " listen-queue overflows, " + run.storm.synRetransmits() + " SYN retransmits, "
            + run.storm.startedOver() + " sessions expired; while the clients resumed, the"
            + " server used " + Format.percent(run.storm.serverCpuShare()) + " of one CPU and the"
            + " load generator " + Format.percent(run.storm.generatorCpuShare()) + " of its CPU")
        .orElse("Not every client resumed within the timeout");
    goals.add(new Goal("reconnect storm of " + large + ": all resumed < 3 s",
        resumed.map(spread -> cell(spread, Format::wholeMillis)).orElse("not all resumed")
            + figures.spread(COMETD_ACKS, Figures.STORM_RESUMED)
                .map(spread -> "; CometD + acks " + cell(spread, Format::wholeMillis)).orElse(""),
        resumed.map(spread -> spread.median() < 3000
            && spread.count() == figures.of(ENCKE).size()).orElse(false), limitedBy));
    Optional<Spread> lost = figures.spread(ENCKE, Figures.STORM_LOST);
    goals.add(new Goal("reconnect storm of " + large + ": 0 lost, in every round",
        lost.map(spread -> "at most " + Format.whole(spread.max())).orElse("not run")
            + figures.spread(COMETD_ACKS, Figures.STORM_LOST)
                .map(spread -> "; CometD + acks at most " + Format.whole(spread.max())).orElse(""),
        lost.map(spread -> spread.max() == 0).orElse(false),
        "A client missed broadcasts it was due: the resume did not resend them"));
  }
}
