package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryMetricsTest {

  private final DeliveryMetrics metrics = new DeliveryMetrics();

  @Test
  void nothingDeliveredReadsAsZero() {
    metrics.roll();

    DeliveryMetrics.Snapshot snapshot = metrics.snapshot();
    assertThat(snapshot.deliveries()).isZero();
    assertThat(snapshot.perSecond()).isZero();
    assertThat(snapshot.p50()).isEqualTo(Duration.ZERO);
  }

  @Test
  void percentilesAndRateCoverTheRolledIntervals() {
    for (int i = 1; i <= 100; i++) {
      metrics.delivered(Duration.ofMillis(i).toNanos());
    }
    metrics.roll();
    for (int i = 1; i <= 100; i++) {
      metrics.delivered(Duration.ofMillis(i).toNanos());
    }
    metrics.roll();

    DeliveryMetrics.Snapshot snapshot = metrics.snapshot();
    assertThat(snapshot.deliveries()).isEqualTo(200);
    assertThat(snapshot.perSecond()).isEqualTo(100.0);
    assertThat(snapshot.p50().toMillis()).isBetween(49L, 51L);
    assertThat(snapshot.p99().toMillis()).isBetween(98L, 100L);
  }

  @Test
  void intervalsOlderThanTheWindowDropOut() {
    metrics.delivered(Duration.ofSeconds(2).toNanos());
    for (int i = 0; i < DeliveryMetrics.WINDOW_SECONDS; i++) {
      metrics.roll();
    }
    assertThat(metrics.snapshot().p99().toMillis()).isBetween(1990L, 2010L);

    metrics.roll();

    DeliveryMetrics.Snapshot snapshot = metrics.snapshot();
    assertThat(snapshot.p99()).isEqualTo(Duration.ZERO);
    assertThat(snapshot.deliveries()).isEqualTo(1);
  }
}
