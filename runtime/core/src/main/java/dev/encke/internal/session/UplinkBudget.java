package dev.encke.internal.session;

/**
 * A page's two up-link budgets, messages a second and bytes a second, as two token buckets
 * refilled together in one object: each session holds one, so an idle page costs one small object
 * rather than two {@link RateLimiter}s. Messages burst to twice the rate; bytes to twice the rate
 * or one largest message, whichever is more. Both start full. Thread-safe.
 */
final class UplinkBudget {

  private final SessionSettings settings;
  private double messages;
  private double bytes;
  private long refilledAt;

  UplinkBudget(SessionSettings settings, long now) {
    this.settings = settings;
    this.messages = messageCapacity();
    this.bytes = byteCapacity();
    this.refilledAt = now;
  }

  /** Takes one message at time {@code now} (nanoseconds); false when the page sends too fast. */
  synchronized boolean takeMessage(long now) {
    refill(now);
    if (messages < 1) {
      return false;
    }
    messages -= 1;
    return true;
  }

  /** Takes {@code amount} bytes at time {@code now}; false, taking none, when there are fewer. */
  synchronized boolean takeBytes(long now, long amount) {
    refill(now);
    if (bytes < amount) {
      return false;
    }
    bytes -= amount;
    return true;
  }

  private void refill(long now) {
    double elapsedSeconds = (now - refilledAt) / 1e9;
    refilledAt = now;
    messages = Math.min(messageCapacity(),
        messages + elapsedSeconds * settings.maxMessagesPerSecond());
    bytes = Math.min(byteCapacity(), bytes + elapsedSeconds * settings.maxUplinkBytesPerSecond());
  }

  private double messageCapacity() {
    return 2.0 * settings.maxMessagesPerSecond();
  }

  private double byteCapacity() {
    return Math.max(2.0 * settings.maxUplinkBytesPerSecond(), settings.maxUplinkBytes());
  }
}
