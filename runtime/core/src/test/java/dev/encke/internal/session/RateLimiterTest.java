package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aBucketOfBytesGivesItsBurstThenItsRateAndNeverPartOfARequest() {
    RateLimiter bytes = new RateLimiter(1000, 3000, 0);

    assertThat(bytes.tryAcquire(0, 2500)).isTrue();
    assertThat(bytes.tryAcquire(0, 600)).isFalse();
    assertThat(bytes.tryAcquire(0, 500)).isTrue();
    assertThat(bytes.tryAcquire(SECOND / 2, 600)).isFalse();
    assertThat(bytes.tryAcquire(SECOND, 1000)).isTrue();
    assertThat(bytes.isFull(SECOND)).isFalse();
    assertThat(bytes.isFull(4 * SECOND)).isTrue();
  }
}
