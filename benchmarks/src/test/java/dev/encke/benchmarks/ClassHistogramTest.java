package dev.encke.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.benchmarks.Results.ClassGrowth;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassHistogramTest {

  private static final int RETAINED = 10_000;

  /** Instances this test keeps alive between two histograms of its own JVM. */
  static final class Retained {
    final long[] payload = new long[4];
  }

  @Test
  void growthBetweenTwoRealHistogramsNamesTheClassThatGrewPerAddedSession(@TempDir Path dir)
      throws Exception {
    Path before = dir.resolve("before.histogram");
    Files.writeString(before, histogram());
    List<Retained> kept = new ArrayList<>();
    for (int i = 0; i < RETAINED; i++) {
      kept.add(new Retained());
    }
    Path after = dir.resolve("after.histogram");
    Files.writeString(after, histogram());

    List<ClassGrowth> growth = ClassHistogram.growth(before, after, RETAINED);

    assertThat(kept).hasSize(RETAINED);
    assertThat(growth).filteredOn(grown -> grown.className().equals(Retained.class.getName()))
        .singleElement()
        .satisfies(grown -> {
          assertThat(grown.instancesPerSession()).isEqualTo(1.0);
          assertThat(grown.bytesPerSession()).isBetween(16.0, 32.0);
        });
    assertThat(growth).isSortedAccordingTo(
        (a, b) -> Double.compare(b.bytesPerSession(), a.bytesPerSession()));
  }

  @Test
  void aboveTheFloorKeepsWhatTheSystemAddsPerClassMostFirst() {
    List<ClassGrowth> system = List.of(new ClassGrowth("[B", 500, 10),
        new ClassGrowth("a.Session", 96, 1), new ClassGrowth("java.lang.String", 40, 1));
    List<ClassGrowth> floor = List.of(new ClassGrowth("[B", 200, 5),
        new ClassGrowth("java.lang.String", 60, 2));

    assertThat(ClassHistogram.above(system, floor)).containsExactly(
        new ClassGrowth("[B", 300, 5), new ClassGrowth("a.Session", 96, 1));
  }

  @Test
  void parseReadsInstancesAndBytesOfEachClassRow() {
    String text = " num     #instances         #bytes  class name (module)\n"
        + "-------------------------------------------------------\n"
        + "   1:          5601         448080  [B (java.base@17.0.15)\n"
        + "   2:            12            384  com.example.Thing\n"
        + "Total          5613         448464\n";

    assertThat(ClassHistogram.parse(text))
        .containsEntry("[B", new ClassHistogram.Entry(5601, 448080))
        .containsEntry("com.example.Thing", new ClassHistogram.Entry(12, 384))
        .hasSize(2);
  }

  private static String histogram() throws Exception {
    return (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
  }
}
