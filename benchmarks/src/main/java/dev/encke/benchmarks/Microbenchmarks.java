package dev.encke.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH microbenchmarks of {@code dev.encke.benchmarks.jmh} in a forked JVM each. */
final class Microbenchmarks {

  /** One benchmark's score. */
  record Score(String benchmark, String params, double score, double error, String unit) {}

  private Microbenchmarks() {}

  /** Runs them; the forked JVMs get this JVM's classpath. */
  static List<Score> run() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("dev\\.encke\\.benchmarks\\.jmh\\..*")
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .build();
    List<Score> scores = new ArrayList<>();
    for (RunResult result : new Runner(options).run()) {
      var primary = result.getPrimaryResult();
      scores.add(new Score(
          result.getParams().getBenchmark().replace("dev.encke.benchmarks.jmh.", ""),
          paramsOf(result),
          primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
    }
    return scores;
  }

  private static String paramsOf(RunResult result) {
    List<String> params = new ArrayList<>();
    for (String key : result.getParams().getParamsKeys()) {
      params.add(key + "=" + result.getParams().getParam(key));
    }
    return String.join(", ", params);
  }
}
