package dev.encke.internal.session;

/**
 * A token bucket: {@code perSecond} tokens a second, bursts of twice that unless another capacity
 * is given. Thread-safe.
 */
public final class RateLimiter {

  private final double perNano;
  private final double capacity;
  private double tokens;
  private long refilledAt;

  public RateLimiter(long perSecond, long now) {
    this(perSecond, perSecond * 2, now);
  }

  /** A bucket that holds at most {@code capacity} tokens, and starts full. */
  public RateLimiter(long perSecond, long capacity, long now) {
    this.perNano = perSecond / 1e9;
    this.capacity = capacity;
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /** Takes one token at time {@code now} (nanoseconds); false when the bucket is empty. */
  public boolean tryAcquire(long now) {
    return tryAcquire(now, 1);
  }

  /** Takes {@code amount} tokens at time {@code now}; false, taking none, when there are fewer. */
  public synchronized boolean tryAcquire(long now, long amount) {
    refill(now);
    if (tokens < amount) {
      return false;
    }
    tokens -= amount;
    return true;
  }

  /** Whether the bucket is full at time {@code now}: nothing was taken for a while. */
  public synchronized boolean isFull(long now) {
    refill(now);
    return tokens >= capacity;
  }

  private void refill(long now) {
    tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
    refilledAt = now;
  }
}
