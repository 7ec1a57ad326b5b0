package dev.encke.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.benchmarks.Results.Ladder;
import dev.encke.benchmarks.Results.Step;
import dev.encke.benchmarks.Results.SystemResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every workload of the harness at smoke scale, with real server processes, and checks that the
 * report is written, that every delivery was made, and that Encke loses nothing in the reconnect
 * storm (CometD without its acknowledgement extension may, and is only reported). Timings are
 * measured, never asserted: they belong to {@code scripts/bench} on a quiet machine.
 */
class BenchSmokeTest {

  @Test
  void everyWorkloadRunsAndDeliversEverything() throws Exception {
    Path out = Path.of("target", "smoke", "BENCHMARKS.md");
    List<SystemResults> systems = Bench.run(new Bench.Options(true, false, out,
        Bench.classpathFrom(property("encke.bench.classpath"), property("encke.bench.classes")),
        Bench.classpathFrom(
            property("encke.bench.cometd.classpath"), property("encke.bench.cometd.classes")),
        Path.of("target", "smoke", "logs")));

    assertThat(systems).extracting(system -> system.name)
        .containsExactly("Encke", "CometD", "baseline", Bench.JETTY_FLOOR);
    for (SystemResults system : systems) {
      assertThat(system.idle).as(system.name + " idle points")
          .hasSize(Scale.SMOKE.idleSessions().size());
      assertThat(system.heapPerSession(Scale.SMOKE.largest()).orElseThrow())
          .as(system.name + " heap/session").isPositive();
      assertThat(system.unexpectedCloses).as(system.name + " unexpected closes").isZero();
      if (system.name.equals(Bench.JETTY_FLOOR)) {
        continue;
      }
      List<Ladder> ladders = new ArrayList<>(system.fanOut.values());
      ladders.add(system.targeted);
      assertThat(ladders).hasSize(Scale.SMOKE.fanOutRooms().size() + 1);
      for (Ladder ladder : ladders) {
        for (Step step : ladder.steps()) {
          String what = system.name + " " + ladder.workload() + " at " + step.rate() + "/s";
          assertThat(step.sent()).as(what + " sent").isPositive();
          assertThat(step.received()).as(what + " received").isEqualTo(step.expected());
          assertThat(step.lost()).as(what + " lost").isZero();
          assertThat(step.duplicates()).as(what + " duplicates").isZero();
        }
      }
    }
    assertThat(systems.get(0).storm.resumed()).as("every Encke client resumed").isPresent();
    assertThat(systems.get(0).storm.lost()).as("broadcasts Encke lost in the storm").isZero();
    assertThat(systems.get(0).storm.duplicates()).as("Encke duplicates in the storm").isZero();
    assertThat(systems.get(1).storm.resumed()).as("every CometD client resumed").isPresent();

    String report = Files.readString(out);
    assertThat(report)
        .contains("fan-out ratio (Encke/CometD deliveries/s at p99 < 50 ms, 60 subscribers): ")
        .contains("## 1. Idle sessions", "## 2. Broadcast fan-out", "## 3. Targeted pushes",
            "## 4. Reconnect storm");
  }

  private static Path property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + ", set by the build").isNotNull();
    return Path.of(value);
  }
}
