package dev.encke.benchmarks;

/**
 * Finds the payloads ({@code {"n":…,"ts":…}}) in a received message without parsing the JSON around
 * them, so that the load generator spends its share of the two cores on receiving, not on parsing.
 * The payload is our own and its fields are plain numbers, which makes scanning exact. One message
 * may carry several payloads: a Bayeux frame is a JSON array, which CometD fills with up to
 * {@code ws.messagesPerFrame} queued messages (1 unless configured).
 */
final class PayloadScanner {

  /** Called once per payload found. */
  interface Sink {
    void payload(long n, long sentNanos);
  }

  private static final String N = "{\"n\":";
  private static final String TS = ",\"ts\":";

  private PayloadScanner() {}

  static void scan(String message, Sink sink) {
    int at = message.indexOf(N);
    while (at >= 0) {
      int nStart = at + N.length();
      int nEnd = digitsEnd(message, nStart);
      if (!message.startsWith(TS, nEnd)) {
        throw new IllegalArgumentException("malformed payload at " + at + ": " + message);
      }
      int tsStart = nEnd + TS.length();
      int tsEnd = digitsEnd(message, tsStart);
      sink.payload(parse(message, nStart, nEnd), parse(message, tsStart, tsEnd));
      at = message.indexOf(N, tsEnd);
    }
  }

  /** The number right after {@code prefix} at the start of {@code message}, or -1. */
  static long numberAfter(String message, String prefix) {
    if (!message.startsWith(prefix)) {
      return -1;
    }
    return parse(message, prefix.length(), digitsEnd(message, prefix.length()));
  }

  private static int digitsEnd(String text, int from) {
    int i = from;
    if (i < text.length() && text.charAt(i) == '-') {
      i++;
    }
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static long parse(String text, int from, int to) {
    return Long.parseLong(text, from, to, 10);
  }
}
