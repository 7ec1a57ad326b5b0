package dev.encke.benchmarks.kit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application payload every benchmarked server pushes: a JSON object of exactly {@value #BYTES}
 * bytes in compact form, {@code {"n":…,"ts":…,"pad":"xx…"}}. {@code n} numbers the message so that a
 * client can count gaps and repeats; {@code ts} is the {@link System#nanoTime()} at which the server
 * was due to send it, which the client on the same machine subtracts from its own clock.
 */
public final class Payload {

  /** The size of the compact JSON form. */
  public static final int BYTES = 200;

  private static final String PAD = "x".repeat(BYTES);

  private Payload() {}

  /** The fields, in the order a JSON encoder writes them, for servers that encode objects. */
  public static Map<String, Object> fields(long n, long sentNanos) {
    Map<String, Object> fields = new LinkedHashMap<>(4);
    fields.put("n", n);
    fields.put("ts", sentNanos);
    fields.put("pad", pad(n, sentNanos));
    return fields;
  }

  /** The compact JSON text, for servers that write bytes. */
  public static String json(long n, long sentNanos) {
    return "{\"n\":" + n + ",\"ts\":" + sentNanos + ",\"pad\":\"" + pad(n, sentNanos) + "\"}";
  }

  private static String pad(long n, long sentNanos) {
    int fixed = "{\"n\":,\"ts\":,\"pad\":\"\"}".length();
    int length = BYTES - fixed - Long.toString(n).length() - Long.toString(sentNanos).length();
    return PAD.substring(0, length);
  }
}
