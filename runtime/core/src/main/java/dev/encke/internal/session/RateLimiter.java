package dev.encke.internal.session;

/**
 * A token bucket: {@code perSecond} tokens a second, bursts of twice that. Thread-safe.
 */
final class RateLimiter {

  private final double perNano;
  private final double capacity;
  private double tokens;
  private long refilledAt;

  RateLimiter(int perSecond, long now) {
    this.perNano = perSecond / 1e9;
    this.capacity = perSecond * 2.0;
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /** Takes one token at time {@code now} (nanoseconds); false when the bucket is empty. */
  synchronized boolean tryAcquire(long now) {
    tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
    refilledAt = now;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
