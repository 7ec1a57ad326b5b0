package dev.encke.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AckPolicyTest {

  @Test
  void aPageAcknowledgesWithinASecondOrWhenAnEighthOfTheLogWaits() {
    assertThat(AckPolicy.forLog(400, 80_000)).isEqualTo(new AckPolicy(1_000, 50, 10_000));
  }

  @Test
  void aLargeLogStillHasItsBatchesAcknowledgedSixtyFourAtATime() {
    assertThat(AckPolicy.forLog(1_000, 4L * 1024 * 1024))
        .isEqualTo(new AckPolicy(1_000, 64, 524_288));
  }

  @Test
  void aTinyLogHasEveryBatchAcknowledgedAtOnce() {
    assertThat(AckPolicy.forLog(3, 5)).isEqualTo(new AckPolicy(1_000, 1, 1));
  }

  @Test
  void aPolicyThatCouldNeverAcknowledgeIsRefusedQuotingIt() {
    assertThatThrownBy(() -> new AckPolicy(1_000, 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batches=0");
  }
}
