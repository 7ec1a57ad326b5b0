package dev.encke.internal.session;

/**
 * When a page was last heard and seen, and its up-link budgets: messages and bytes a second,
 * taken before anything it sent is decoded. Thread-safe.
 */
final class PageActivity {

  private final RateLimiter messages;
  private final RateLimiter bytes;
  private volatile long lastUplinkNanos;
  private volatile long lastSeenMillis;

  PageActivity(SessionSettings settings, long nowNanos, long nowMillis) {
    this.messages = new RateLimiter(settings.maxMessagesPerSecond(), nowNanos);
    this.bytes = new RateLimiter(settings.maxUplinkBytesPerSecond(),
        Math.max(2L * settings.maxUplinkBytesPerSecond(), settings.maxUplinkBytes()), nowNanos);
    this.lastUplinkNanos = nowNanos;
    this.lastSeenMillis = nowMillis;
  }

  /** Takes {@code count} bytes from the byte budget; false when the page sends too much. */
  boolean admitBytes(int count) {
    return bytes.tryAcquire(System.nanoTime(), count);
  }

  /** The page sent a message: takes one from the message budget; false when it sends too fast. */
  boolean admitMessage() {
    long now = System.nanoTime();
    heardAt(now);
    return messages.tryAcquire(now);
  }

  /** The page spoke, as a resume does. */
  void heard() {
    heardAt(System.nanoTime());
  }

  private void heardAt(long nowNanos) {
    lastUplinkNanos = nowNanos;
    lastSeenMillis = System.currentTimeMillis();
  }

  /** The page holds a connection now. */
  void seen() {
    lastSeenMillis = System.currentTimeMillis();
  }

  /**
   * Checks the page's connection: closed as dead when nothing was heard for three heartbeat
   * intervals, given a heartbeat when it wrote nothing for one.
   */
  void check(Connection current, long nowNanos, long heartbeatNanos) {
    seen();
    if (nowNanos - lastUplinkNanos > 3 * heartbeatNanos) {
      current.close("nothing heard from the page for three heartbeat intervals");
    } else if (nowNanos - current.lastActivity() >= heartbeatNanos) {
      current.heartbeat();
    }
  }

  long lastSeenMillis() {
    return lastSeenMillis;
  }
}
