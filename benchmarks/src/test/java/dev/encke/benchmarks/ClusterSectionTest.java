package dev.encke.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.benchmarks.ClusterFanOut.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cross-node fan-out at smoke scale, with a real {@code redis-server} and real node processes:
 * every broadcast of the outboard publisher reaches every page of three nodes, and of one, exactly
 * once, and the report's section shows both rows. Timings are measured, never asserted.
 */
class ClusterSectionTest {

  @Test
  void everyBroadcastReachesEveryPageOfThreeNodesAndOfOneExactlyOnce() throws Exception {
    String classpath = Bench.classpathFrom(Path.of(System.getProperty("encke.bench.classpath")),
        Path.of(System.getProperty("encke.bench.classes")));
    List<String> lines = new ArrayList<>();
    ClusterSection section = ClusterSection.run(Scale.SMOKE, classpath,
        Path.of("target", "smoke", "cluster-logs"), lines::add);

    assertThat(section.results()).extracting(result -> result.config().nodes())
        .containsExactly(3, 1);
    for (Result result : section.results()) {
      String what = result.config().nodes() + " node(s)";
      assertThat(result.expected()).as(what + " expected").isEqualTo(
          result.config().broadcasts() * 30);
      assertThat(result.deliveries()).as(what + " deliveries").isEqualTo(result.expected());
      assertThat(result.lost()).as(what + " lost").isZero();
      assertThat(result.duplicates()).as(what + " duplicated").isZero();
    }
    Markdown out = new Markdown();
    section.write(out, 7);
    assertThat(out.toString()).contains("## 7. Cross-node fan-out on Redis", "| 3 × 10 | 10 × 2 |",
        "| 1 × 30 | 10 × 2 |");
    assertThat(lines).hasSize(2);
  }
}
