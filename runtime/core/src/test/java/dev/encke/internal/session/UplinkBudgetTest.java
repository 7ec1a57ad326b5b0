package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UplinkBudgetTest {

  private static final long SECOND = 1_000_000_000L;
  /** The defaults: 100 messages a second, 256 KiB a second, 64 KiB the largest message. */
  private static final SessionSettings SETTINGS = SessionSettings.defaults();

  @Test
  void messagesBurstToTwiceTheRateThenComeAtTheRate() {
    UplinkBudget budget = new UplinkBudget(SETTINGS, 0);
    int rate = SETTINGS.maxMessagesPerSecond();

    for (int i = 0; i < 2 * rate; i++) {
      assertThat(budget.takeMessage(0)).isTrue();
    }
    assertThat(budget.takeMessage(0)).isFalse();
    assertThat(budget.takeMessage(SECOND / rate)).isTrue();
    assertThat(budget.takeMessage(SECOND / rate)).isFalse();
  }

  @Test
  void bytesBurstToTwiceTheRateAndARefusedRequestTakesNothing() {
    UplinkBudget budget = new UplinkBudget(SETTINGS, 0);
    long burst = 2L * SETTINGS.maxUplinkBytesPerSecond();

    assertThat(budget.takeBytes(0, burst - 100)).isTrue();
    assertThat(budget.takeBytes(0, 101)).isFalse();
    assertThat(budget.takeBytes(0, 100)).isTrue();
    assertThat(budget.takeBytes(SECOND, SETTINGS.maxUplinkBytesPerSecond())).isTrue();
  }

  @Test
  void theTwoBudgetsAreTakenFromSeparately() {
    UplinkBudget budget = new UplinkBudget(SETTINGS, 0);

    assertThat(budget.takeBytes(0, 2L * SETTINGS.maxUplinkBytesPerSecond())).isTrue();

    assertThat(budget.takeMessage(0)).isTrue();
    assertThat(budget.takeBytes(0, 1)).isFalse();
  }
}
