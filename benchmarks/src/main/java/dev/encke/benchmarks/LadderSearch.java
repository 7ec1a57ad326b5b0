package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the highest rate a server sustains within a bound, spending full-length steps only where
 * they decide the figure. Short probe steps gallop from the seed until a passing and a failing rate
 * bracket the bound, then bisect the bracket (geometrically) {@code probeRefinements} times. Full
 * steps then confirm the bracket's lower end (stepping further down while it fails) and bisect
 * {@code fullRefinements} more times. The figure is the best passing full step; the bracket's top is
 * the lowest failing rate above it, so every bound is bisected, none left at a doubling.
 *
 * <p>Unseeded (the first round), probes double. Seeded with the previous round's figure, they start
 * there with a step as fine as the bisected bracket, and widen it while the bound is not found.
 */
final class LadderSearch {

  /** Runs one step at {@code rate}; {@code probe} says whether a short one will do. */
  interface Trial {
    Step run(double rate, boolean probe) throws InterruptedException;
  }

  private static final double DOUBLING = 2;
  private static final int MAX_FALLBACKS = 3;

  private final Trial trial;
  private final List<Step> steps = new ArrayList<>();
  private double passing;
  private double failing;

  private LadderSearch(Trial trial) {
    this.trial = trial;
  }

  /**
   * Searches from {@code seed}; {@code seeded} when the seed is a previous round's figure rather than
   * a start rate. Returns every step run, in order.
   */
  static List<Step> run(Scale.Search plan, double seed, boolean seeded, Trial trial)
      throws InterruptedException {
    LadderSearch search = new LadderSearch(trial);
    search.bracket(plan, seed, seeded);
    if (search.passing > 0) {
      search.confirm(plan);
    }
    return search.steps;
  }

  /** The bracket ratio that {@code probeRefinements} bisections of a doubling leave. */
  static double fineRatio(Scale.Search plan) {
    return Math.pow(DOUBLING, 1.0 / (1 << plan.probeRefinements()));
  }

  private void bracket(Scale.Search plan, double seed, boolean seeded) throws InterruptedException {
    double factor = seeded ? fineRatio(plan) : DOUBLING;
    double rate = seed;
    for (int probes = 0; probes < plan.maxProbes() && (passing == 0 || failing == 0); probes++) {
      attempt(rate, true);
      rate = passing == 0 ? failing / factor : passing * factor;
      factor = Math.min(factor * factor, DOUBLING);
    }
    while (passing > 0 && failing > 0 && failing / passing > fineRatio(plan) * 1.0001) {
      attempt(Math.sqrt(passing * failing), true);
    }
  }

  private void confirm(Scale.Search plan) throws InterruptedException {
    double probedPassing = passing;
    passing = 0;
    double rate = probedPassing;
    for (int i = 0; i <= MAX_FALLBACKS && passing == 0; i++) {
      attempt(rate, false);
      rate /= fineRatio(plan);
    }
    for (int i = 0; i < plan.fullRefinements() && passing > 0 && failing > 0; i++) {
      attempt(Math.sqrt(passing * failing), false);
    }
  }

  /**
   * Runs a step and narrows the bracket: passes raise its bottom, failures above the bottom lower its
   * top (a failure below a pass is noise the full steps settle).
   */
  private void attempt(double rate, boolean probe) throws InterruptedException {
    Step step = trial.run(rate, probe);
    steps.add(step);
    if (step.passed()) {
      passing = Math.max(passing, rate);
    } else if (rate > passing && (failing == 0 || rate < failing)) {
      failing = rate;
    }
  }
}
