package dev.encke.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FloodCountsTest {

  @Test
  void aGapWithoutAReloadIsLostAndOneAcrossAReloadIsSkipped() {
    FloodCounts counts = FloodCounts.of(
        List.of("f-0", "f-2", "#load", "f-5", "f-6", "other", "f-8"), "f", 10);

    assertThat(counts).isEqualTo(new FloodCounts(1 + 1 + 1, 0, 0, 2, 1));
  }

  @Test
  void repeatsAndStepsBackAreCountedAsDuplicatedAndReordered() {
    FloodCounts counts = FloodCounts.of(List.of("f-0", "f-2", "f-1", "f-2", "f-3"), "f", 4);

    assertThat(counts.duplicated()).isEqualTo(1);
    assertThat(counts.reordered()).isEqualTo(1);
    assertThat(counts.lost()).isZero();
  }

  @Test
  void aFloodThatEndsBeforeItsLastPushWithoutAReloadLostTheRest() {
    assertThat(FloodCounts.of(List.of("f-0", "f-1"), "f", 5).lost()).isEqualTo(3);
    assertThat(FloodCounts.of(List.of("f-0", "#load"), "f", 5).skippedByReload()).isEqualTo(4);
  }
}
