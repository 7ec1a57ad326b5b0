package dev.encke.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the acknowledgement every page sends most often, {@code {"t":"ack","seq":N}} exactly as the
 * client writes it, without building a JSON tree. Any other spelling takes the general path.
 */
public final class CompactAck {

  private static final String PREFIX = "{\"t\":\"ack\",\"seq\":";
  private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
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

  /**
   * As {@link #seq(String)}, read straight from the message's UTF-8 bytes, so that the ack every
   * page sends after every batch needs no decoding to text; the buffer's position is not moved.
   */
  public static long seq(ByteBuffer message) {
    int start = message.position();
    int end = message.limit() - 1;
    int digits = end - start - PREFIX_BYTES.length;
    if (digits < 1 || digits > MAX_DIGITS || message.get(end) != '}') {
      return -1;
    }
    for (int i = 0; i < PREFIX_BYTES.length; i++) {
      if (message.get(start + i) != PREFIX_BYTES[i]) {
        return -1;
      }
    }
    long seq = 0;
    for (int i = start + PREFIX_BYTES.length; i < end; i++) {
      byte c = message.get(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      seq = seq * 10 + (c - '0');
    }
    return seq;
  }
}
