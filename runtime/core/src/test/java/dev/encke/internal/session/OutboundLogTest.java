package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Recording;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OutboundLogTest {

  private final DeliveryMetrics metrics = new DeliveryMetrics();

  @Test
  void entriesAreNumberedAndAcknowledgementTrimsThem() {
    OutboundLog log = new OutboundLog(10, 1 << 20);
    for (int i = 0; i < 5; i++) {
      assertThat(log.append(batch(i), 0)).isTrue();
    }

    log.acknowledge(3, 0, metrics);

    assertThat(log.size()).isEqualTo(2);
    assertThat(log.after(0, 10)).extracting(OutboundLog.Entry::seq).containsExactly(4L, 5L);
    assertThat(log.after(4, 10)).extracting(OutboundLog.Entry::seq).containsExactly(5L);
    assertThat(log.after(5, 10)).isEmpty();
  }

  @Test
  void theLogRefusesWhatWouldTakeItPastEitherBound() {
    OutboundLog byCount = new OutboundLog(3, 1 << 20);
    OutboundLog byBytes = new OutboundLog(1000, 2 * (batch(0).operations().length + 40));
    for (int i = 0; i < 3; i++) {
      byCount.append(batch(i), 0);
    }
    byBytes.append(batch(0), 0);
    byBytes.append(batch(1), 0);

    assertThat(byCount.append(batch(3), 0)).isFalse();
    assertThat(byBytes.append(batch(2), 0)).isFalse();
    assertThat(byCount.size()).isEqualTo(3);
    assertThat(byBytes.bytes()).isLessThanOrEqualTo(2L * (batch(0).operations().length + 40));
  }

  @Test
  void clearingFreesEverythingAndNumberingGoesOn() {
    OutboundLog log = new OutboundLog(10, 1 << 20);
    log.append(batch(1), 0);
    log.append(batch(2), 0);

    log.clear();
    log.append(batch(3), 0);

    assertThat(log.bytes()).isEqualTo(batch(3).operations().length + 40);
    assertThat(log.after(0, 10)).extracting(OutboundLog.Entry::seq).containsExactly(3L);
  }

  @Test
  void aLongRunOfAppendsAndAcknowledgementsKeepsOnlyTheUnacknowledged() {
    OutboundLog log = new OutboundLog(100, 1 << 20);
    for (int i = 1; i <= 10_000; i++) {
      log.append(batch(i), 0);
      if (i % 7 == 0) {
        log.acknowledge(i - 3, 0, metrics);
      }
    }

    assertThat(log.size()).isEqualTo(10_000 - 9_993);
    assertThat(log.after(9_998, 10)).extracting(OutboundLog.Entry::seq)
        .containsExactly(9_999L, 10_000L);
  }

  @Test
  void acknowledgedEntriesCountAsDeliveriesWithTheTimeSinceTheirPush() {
    OutboundLog log = new OutboundLog(10, 1 << 20);
    log.append(batch(1), 1_000_000L);
    log.append(batch(2), 3_000_000L);
    log.append(batch(3), 5_000_000L);

    log.acknowledge(2, 11_000_000L, metrics);
    metrics.roll();

    DeliveryMetrics.Snapshot snapshot = metrics.snapshot();
    assertThat(snapshot.deliveries()).isEqualTo(2);
    assertThat(snapshot.p50().toMillis()).isEqualTo(8);
    assertThat(snapshot.p99().toMillis()).isEqualTo(10);
  }

  @Test
  void aDrainedLogGivesItsMemoryBackAfterABurst() {
    OutboundLog log = new OutboundLog(1000, 1 << 20);
    for (int i = 1; i <= 500; i++) {
      log.append(batch(i), 0);
    }
    assertThat(log.capacity()).isGreaterThanOrEqualTo(500);

    log.acknowledge(500, 0, metrics);

    assertThat(log.capacity()).isZero();
    assertThat(log.append(batch(501), 0)).isTrue();
    assertThat(log.after(0, 10)).extracting(OutboundLog.Entry::seq).containsExactly(501L);
  }

  @Test
  void aLogThatCatchesUpShrinksAndKeepsWhatWaitsInOrder() {
    OutboundLog log = new OutboundLog(1000, 1 << 20);
    for (int i = 1; i <= 512; i++) {
      log.append(batch(i), 0);
    }
    int burst = log.capacity();

    log.acknowledge(500, 0, metrics);

    assertThat(log.capacity()).isLessThanOrEqualTo(burst / 4);
    assertThat(log.after(0, 100)).extracting(OutboundLog.Entry::seq)
        .containsExactlyElementsOf(LongStream.rangeClosed(501, 512).boxed()
            .toList());
  }

  @Test
  void entriesStayInOrderWhenTheRingWrapsAround() {
    OutboundLog log = new OutboundLog(1000, 1 << 20);
    for (int i = 1; i <= 6; i++) {
      log.append(batch(i), 0);
    }
    log.acknowledge(5, 0, metrics);
    for (int i = 7; i <= 14; i++) {
      log.append(batch(i), 0);
    }

    assertThat(log.after(7, 100)).extracting(OutboundLog.Entry::seq)
        .containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L);
    assertThat(log.after(0, 3)).extracting(OutboundLog.Entry::seq).containsExactly(6L, 7L, 8L);
  }

  private static EncodedBatch batch(int n) {
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(JsRef.global("probe"), "apply", n % 10);
      return recording.finish();
    }
  }
}
