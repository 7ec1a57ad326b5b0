package dev.encke.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * One figure over the rounds: its median, its range, and whether the range stays within
 * {@value #TOLERANCE_PERCENT} % of the median, the test of a figure that repeats.
 */
record Spread(double median, double min, double max, int count) {

  static final int TOLERANCE_PERCENT = 15;

  /** The spread of {@code values}, or empty when there are none. */
  static Optional<Spread> of(Collection<Double> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int size = sorted.size();
    double median = size % 2 == 1 ? sorted.get(size / 2)
        : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    return Optional.of(new Spread(median, sorted.get(0), sorted.get(size - 1), size));
  }

  /** Whether every value lies within the tolerance of the median (all equal, when it is 0). */
  boolean stable() {
    double tolerance = Math.abs(median) * TOLERANCE_PERCENT / 100.0;
    return max - median <= tolerance && median - min <= tolerance;
  }

  /** {@code median (min–max)} in {@code format}; just the value when there is one. */
  String describe(DoubleFunction<String> format) {
    if (count == 1 || min == max) {
      return format.apply(median);
    }
    return format.apply(median) + " (" + format.apply(min) + "–" + format.apply(max) + ")";
  }
}
