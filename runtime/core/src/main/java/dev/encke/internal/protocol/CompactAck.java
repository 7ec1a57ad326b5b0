package dev.encke.internal.protocol;

/**
 * Reads the acknowledgement every page sends most often, {@code {"t":"ack","seq":N}} exactly as the
 * client writes it, without building a JSON tree. Any other spelling takes the general path.
 */
public final class CompactAck {

  private static final String PREFIX = "{\"t\":\"ack\",\"seq\":";
  /** Digits of the largest seq read here; longer numbers take the general path. */
  private static final int MAX_DIGITS = 18;

  private CompactAck() {}

  /** The acknowledged seq, or -1 when {@code message} is not a compact ack. */
  public static long seq(String message) {
    int end = message.length() - 1;
    int digits = end - PREFIX.length();
    if (digits < 1 || digits > MAX_DIGITS || message.charAt(end) != '}'
        || !message.startsWith(PREFIX)) {
      return -1;
    }
    long seq = 0;
    for (int i = PREFIX.length(); i < end; i++) {
      char c = message.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      seq = seq * 10 + (c - '0');
    }
    return seq;
  }
}
