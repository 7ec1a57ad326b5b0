package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.SystemRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The run's figures across rounds: each system's medians and ranges, and ratios taken round by
 * round, so that a ratio compares systems measured minutes apart rather than medians of different
 * moments.
 */
final class Figures {

  /**
   * A figure of one system in one round; empty when the system does not take part. A judged
   * figure's rounds must agree within the tolerance; the others are counts whose goal is 0.
   */
  record Measure(String label, Function<SystemRun, OptionalDouble> value,
      DoubleFunction<String> format, boolean judged) {

    Measure relabelled(String newLabel) {
      return new Measure(newLabel, value, format, judged);
    }
  }

  static final Measure FAN_OUT_SMALL = new Measure("fan-out deliveries/s, small room",
      run -> figure(run.fanOutSmall), Format::rate, true);
  static final Measure SWEEP = new Measure("sweep of the large room, p99",
      run -> run.sweep == null ? OptionalDouble.empty()
          : OptionalDouble.of(run.sweep.latency().p99()), Format::millis, true);
  static final Measure FAN_OUT_LARGE = new Measure("fan-out deliveries/s, large room",
      run -> figure(run.fanOutLarge), Format::rate, true);
  static final Measure TARGETED = new Measure("targeted pushes/s",
      run -> figure(run.targeted), Format::rate, true);
  static final Measure HEAP = new Measure("heap per idle session", SystemRun::heapSlope,
      Format::bytes, true);
  static final Measure RSS = new Measure("RSS per idle session", SystemRun::rssSlope,
      Format::bytes, true);
  static final Measure STORM_RESUMED = new Measure("storm: all resumed after",
      run -> run.storm == null || run.storm.resumed().isEmpty() ? OptionalDouble.empty()
          : OptionalDouble.of(run.storm.resumed().get().toMillis()), Format::wholeMillis, true);
  static final Measure STORM_LOST = new Measure("storm: lost",
      run -> run.storm == null ? OptionalDouble.empty() : OptionalDouble.of(run.storm.lost()),
      Format::whole, false);
  static final Measure STORM_DUPLICATES = new Measure("storm: duplicates",
      run -> run.storm == null ? OptionalDouble.empty()
          : OptionalDouble.of(run.storm.duplicates()), Format::whole, false);

  private final List<SystemRun> runs;

  Figures(List<SystemRun> runs) {
    this.runs = List.copyOf(runs);
  }

  /** The systems, in the order they ran. */
  List<String> systems() {
    Set<String> names = new LinkedHashSet<>();
    runs.forEach(run -> names.add(run.name));
    return new ArrayList<>(names);
  }

  List<SystemRun> of(String system) {
    return runs.stream().filter(run -> run.name.equals(system)).collect(Collectors.toList());
  }

  Optional<SystemRun> of(String system, int round) {
    return runs.stream().filter(run -> run.name.equals(system) && run.round == round).findFirst();
  }

  List<SystemRun> all() {
    return runs;
  }

  int rounds() {
    return runs.stream().mapToInt(run -> run.round).max().orElse(0);
  }

  Optional<Spread> spread(String system, Measure measure) {
    List<Double> values = new ArrayList<>();
    for (SystemRun run : of(system)) {
      measure.value().apply(run).ifPresent(values::add);
    }
    return Spread.of(values);
  }

  /** {@code top / bottom} per round where both were measured and the bottom is not 0. */
  Optional<Spread> ratio(String top, String bottom, Measure measure) {
    return paired(top, bottom, measure,
        (above, below) -> below > 0 ? OptionalDouble.of(above / below) : OptionalDouble.empty());
  }

  /** {@code top - bottom} per round where both were measured. */
  Optional<Spread> difference(String top, String bottom, Measure measure) {
    return paired(top, bottom, measure, (above, below) -> OptionalDouble.of(above - below));
  }

  /** Two systems' figures combined round by round, each with the other's of the same round. */
  private Optional<Spread> paired(String top, String bottom, Measure measure,
      BiFunction<Double, Double, OptionalDouble> combine) {
    List<Double> values = new ArrayList<>();
    for (SystemRun run : of(top)) {
      OptionalDouble above = measure.value().apply(run);
      OptionalDouble below =
          of(bottom, run.round).map(measure.value()).orElse(OptionalDouble.empty());
      if (above.isPresent() && below.isPresent()) {
        combine.apply(above.getAsDouble(), below.getAsDouble()).ifPresent(values::add);
      }
    }
    return Spread.of(values);
  }

  /**
   * The round whose figure is the median of {@code system}'s (the lower middle one when the count is
   * even), for the details behind a median.
   */
  Optional<SystemRun> medianRound(String system, Measure measure) {
    List<SystemRun> measured = new ArrayList<>();
    for (SystemRun run : of(system)) {
      if (measure.value().apply(run).isPresent()) {
        measured.add(run);
      }
    }
    measured.sort((a, b) -> Double.compare(measure.value().apply(a).getAsDouble(),
        measure.value().apply(b).getAsDouble()));
    return measured.isEmpty() ? Optional.empty()
        : Optional.of(measured.get((measured.size() - 1) / 2));
  }

  /** The ladder's figure, 0 when no full step passed, empty when it did not run. */
  private static OptionalDouble figure(Ladder ladder) {
    return ladder == null ? OptionalDouble.empty() : OptionalDouble.of(ladder.figure());
  }
}
