package dev.encke.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.benchmarks.Results.Cost;
import dev.encke.benchmarks.Results.Counts;
import dev.encke.benchmarks.Results.Latency;
import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

class LadderSearchTest {

  private static final long BOUND = 50_000;
  private static final Scale.Search PLAN = new Scale.Search(16_000, 16_000, 16_000, 8, 2, 1);
  private static final double EIGHTH_OF_A_DOUBLING = Math.pow(2, 1.0 / 8);

  @Test
  void unseededSearchBracketsTheBoundToAnEighthOfADoublingWithFullSteps() throws Exception {
    Ladder ladder = search(16_000, false, rate -> rate <= 100_000, rate -> rate <= 100_000);

    Step best = ladder.best().orElseThrow();
    assertThat(best.probe()).isFalse();
    assertThat(best.rate()).isBetween(100_000 / EIGHTH_OF_A_DOUBLING, 100_000.0);
    assertThat(ladder.failingAbove().orElseThrow())
        .isGreaterThan(100_000).isLessThanOrEqualTo(best.rate() * EIGHTH_OF_A_DOUBLING * 1.0001);
  }

  @Test
  void seededSearchStartsAtTheSeedWithAFineStep() throws Exception {
    Ladder ladder = search(98_000, true, rate -> rate <= 100_000, rate -> rate <= 100_000);

    assertThat(ladder.steps()).filteredOn(Step::probe).extracting(Step::rate)
        .containsExactly(98_000.0, 98_000 * Math.pow(2, 0.25));
    assertThat(ladder.best().orElseThrow().rate()).isEqualTo(98_000.0);
  }

  @Test
  void fullStepsStepDownWhenTheProbedRateFailsAtFullLength() throws Exception {
    Ladder ladder = search(16_000, false, rate -> rate <= 100_000, rate -> rate <= 70_000);

    Step best = ladder.best().orElseThrow();
    assertThat(best.rate()).isLessThanOrEqualTo(70_000).isGreaterThan(70_000 / Math.sqrt(2));
    assertThat(ladder.steps()).filteredOn(step -> !step.probe() && !step.passed()).isNotEmpty();
  }

  @Test
  void whenNoProbePassesNoFullStepRunsAndThereIsNoFigure() throws Exception {
    Ladder ladder = search(16_000, false, rate -> false, rate -> false);

    assertThat(ladder.steps()).hasSize(PLAN.maxProbes()).allMatch(Step::probe);
    assertThat(ladder.best()).isEmpty();
    assertThat(ladder.figure()).isZero();
  }

  /** A search against a server that passes probes and full steps up to the given rates. */
  private static Ladder search(double seed, boolean seeded, DoublePredicate probePasses,
      DoublePredicate fullPasses) throws InterruptedException {
    List<Step> steps = LadderSearch.run(PLAN, seed, seeded, (rate, probe) ->
        step(rate, probe, probe ? probePasses.test(rate) : fullPasses.test(rate)));
    return new Ladder("broadcast", 1, BOUND, steps);
  }

  private static Step step(double rate, boolean probe, boolean passes) {
    long p99 = passes ? BOUND / 2 : BOUND * 2;
    return new Step("broadcast", 1, rate, probe, 1_000, new Counts(10, 10, 10, 0, 0),
        new Latency(p99 / 2, p99, p99, p99), new Cost(0, 0, 0, 0, 0, 0, 0), rate, BOUND);
  }
}
