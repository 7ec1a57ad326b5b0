package dev.encke.internal.protocol;

/**
 * When a page acknowledges what it applied, as its {@code welcome} tells it: at once when {@code
 * batches} batches or {@code bytes} bytes of them wait unacknowledged, otherwise {@code millis}
 * after the first of them. A page pushed to a few times a second then sends one acknowledgement
 * for several pushes instead of one for each; the log holds a second's pushes longer, which are
 * shared bytes, and the thresholds keep it far below its bound on a busy page. Immutable.
 */
public record AckPolicy(long millis, int batches, long bytes) {

  /** How long a page may hold its acknowledgement back. */
  public static final long MAX_DELAY_MILLIS = 1_000;
  /** The most batches a page lets wait unacknowledged. */
  public static final int MAX_BATCHES = 64;
  /** What share of the log's bounds a page lets wait unacknowledged: an eighth. */
  private static final int SHARE = 8;

  public AckPolicy {
    if (millis < 0 || batches < 1 || bytes < 1) {
      throw new IllegalArgumentException(
          "an ack policy needs millis >= 0, batches >= 1 and bytes >= 1: " + this);
    }
  }

  /** The policy for a log bounded to {@code maxMessages} and {@code maxBytes}. */
  public static AckPolicy forLog(int maxMessages, long maxBytes) {
    return new AckPolicy(MAX_DELAY_MILLIS, Math.max(1, Math.min(MAX_BATCHES, maxMessages / SHARE)),
        Math.max(1, maxBytes / SHARE));
  }
}
