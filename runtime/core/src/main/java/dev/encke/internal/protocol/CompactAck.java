package dev.encke.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the acknowledgement every page sends most often, {@code {"t":"ack","seq":N}} or {@code
 * {"t":"ack","seq":N,"held":M}} exactly as the client writes it, without building a JSON tree. Any
 * other spelling takes the general path.
 */
public final class CompactAck {

  private static final byte[] PREFIX = ascii("{\"t\":\"ack\",\"seq\":");
  private static final byte[] HELD = ascii(",\"held\":");
  /** Digits of the largest number read here; longer numbers take the general path. */
  private static final int MAX_DIGITS = 18;

  private CompactAck() {}

  /**
   * The acknowledged seq, or -1 when {@code message} is not a compact ack; read straight from the
   * message's UTF-8 bytes, so that the ack every page sends needs no decoding to text. The
   * buffer's position is not moved.
   */
  public static long seq(ByteBuffer message) {
    int seqStart = message.position() + PREFIX.length;
    int end = message.limit() - 1;
    if (seqStart >= end || message.get(end) != '}' || !at(message, message.position(), PREFIX)) {
      return -1;
    }
    int seqEnd = digitsEnd(message, seqStart, end);
    if (seqEnd != end && heldStart(message, seqEnd, end) < 0) {
      return -1;
    }
    return number(message, seqStart, seqEnd);
  }

  /**
   * How long, in milliseconds, the page held back the ack after applying its batch; 0 when it
   * does not say. Meaningful only for a message {@link #seq(ByteBuffer)} reads.
   */
  public static long heldMillis(ByteBuffer message) {
    int end = message.limit() - 1;
    int seqEnd = digitsEnd(message, message.position() + PREFIX.length, end);
    int heldStart = heldStart(message, seqEnd, end);
    return heldStart < 0 ? 0 : Math.max(0, number(message, heldStart, end));
  }

  /** Where the digits of {@code ,"held":M} start, when that is all from {@code at} to {@code end}. */
  private static int heldStart(ByteBuffer message, int at, int end) {
    int digits = at + HELD.length;
    if (digits >= end || end - digits > MAX_DIGITS || !at(message, at, HELD)
        || digitsEnd(message, digits, end) != end) {
      return -1;
    }
    return digits;
  }

  private static boolean at(ByteBuffer message, int from, byte[] expected) {
    if (message.limit() - from < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (message.get(from + i) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first byte from {@code from} on, before {@code end}, that is no digit. */
  private static int digitsEnd(ByteBuffer message, int from, int end) {
    int at = from;
    while (at < end && message.get(at) >= '0' && message.get(at) <= '9') {
      at++;
    }
    return at;
  }

  /** The digits from {@code from} to {@code to} as a number; -1 when none or too many. */
  private static long number(ByteBuffer message, int from, int to) {
    if (to <= from || to - from > MAX_DIGITS) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (message.get(i) - '0');
    }
    return value;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
