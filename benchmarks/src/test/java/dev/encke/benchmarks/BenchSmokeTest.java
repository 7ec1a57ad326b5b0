package dev.encke.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import dev.encke.benchmarks.Results.SystemRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every workload of the harness at smoke scale, with real server processes, and checks that the
 * report is written, that every delivery of every step was made exactly once, and that Encke and
 * CometD with its acknowledgement extension lose nothing in the reconnect storm (CometD without it
 * may, and is only reported). Timings are measured, never asserted: they belong to
 * {@code scripts/bench} on a quiet machine.
 */
class BenchSmokeTest {

  @Test
  void everyWorkloadRunsAndDeliversEverythingExactlyOnce() throws Exception {
    Path out = Path.of("target", "smoke", "BENCHMARKS.md");
    List<SystemRun> runs = Bench.run(new Bench.Options(Scale.SMOKE, List.of(), false, false, out,
        Bench.classpathFrom(property("encke.bench.classpath"), property("encke.bench.classes")),
        Bench.classpathFrom(
            property("encke.bench.cometd.classpath"), property("encke.bench.cometd.classes")),
        Path.of("target", "smoke", "logs")));

    assertThat(runs).extracting(run -> run.name).containsExactly(Systems.ENCKE,
        Systems.ENCKE_TOMCAT, Systems.COMETD, Systems.COMETD_ACKS, Systems.CEILING);
    for (SystemRun run : runs) {
      assertThat(run.unexpectedCloses).as(run.name + " unexpected closes").isZero();
      List<Step> steps = steps(run);
      if (!run.name.equals(Systems.COMETD_ACKS) && !run.name.equals(Systems.ENCKE_TOMCAT)) {
        assertThat(run.heapSlope()).as(run.name + " heap per idle session").isPresent();
        assertThat(run.idleGrowth).as(run.name + " classes that grew").isNotEmpty();
        assertThat(run.fanOutSmall).as(run.name + " small-room search").isNotNull();
        assertThat(run.sweep).as(run.name + " sweep").isNotNull();
      }
      for (Step step : steps) {
        String what = run.name + " " + step.workload() + " at " + step.rate() + "/s";
        assertThat(step.counts().sent()).as(what + " sent").isPositive();
        assertThat(step.counts().received()).as(what + " received")
            .isEqualTo(step.counts().expected());
        assertThat(step.counts().lost()).as(what + " lost").isZero();
        assertThat(step.counts().duplicates()).as(what + " duplicates").isZero();
      }
    }
    SystemRun encke = runs.get(0);
    assertThat(encke.fanOutLarge).as("Encke large-room search").isNotNull();
    assertThat(encke.targeted).as("Encke targeted search").isNotNull();
    assertThat(encke.storm.resumed()).as("every Encke client resumed").isPresent();
    assertThat(encke.storm.lost()).as("broadcasts Encke lost in the storm").isZero();
    assertThat(encke.storm.duplicates()).as("Encke duplicates in the storm").isZero();
    SystemRun tomcat = runs.get(1);
    assertThat(tomcat.fanOutSmall).as("Encke on Tomcat small-room search").isNotNull();
    assertThat(tomcat.sweep).as("Encke on Tomcat sweep").isNotNull();
    assertThat(tomcat.fanOutLarge).as("Encke on Tomcat large-room search").isNotNull();
    assertThat(tomcat.targeted).as("Encke on Tomcat targeted search").isNotNull();
    SystemRun acked = runs.get(3);
    assertThat(acked.storm.resumed()).as("every CometD + acks client resumed").isPresent();
    assertThat(acked.storm.lost()).as("broadcasts CometD + acks lost in the storm").isZero();
    assertThat(runs.get(2).storm.resumed()).as("every CometD client resumed").isPresent();

    String report = Files.readString(out);
    assertThat(report)
        .containsPattern("(?m)^targeted ratio \\(Encke/CometD, 60\\): (\\d+\\.\\d\\d|n/a)$")
        .containsPattern("(?m)^fan-out ratio \\(Encke/CometD on par, 20\\): (\\d+\\.\\d\\d|n/a)$")
        .contains("## 1. Idle sessions", "## 3. Sweep of 60", "## 6. Reconnect storm",
            "## Closing note", "ws.messagesPerFrame=" + Parity.enckeMessagesPerWrite(),
            "AcknowledgedMessagesExtension=installed");
  }

  /** Every recorded step of a system's round: its searches' steps and its sweep. */
  private static List<Step> steps(SystemRun run) {
    List<Step> steps = new ArrayList<>();
    Stream.of(run.fanOutSmall, run.fanOutLarge, run.targeted).filter(Objects::nonNull)
        .map(Ladder::steps).forEach(steps::addAll);
    if (run.sweep != null) {
      steps.add(run.sweep);
    }
    return steps;
  }

  private static Path property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + ", set by the build").isNotNull();
    return Path.of(value);
  }
}
