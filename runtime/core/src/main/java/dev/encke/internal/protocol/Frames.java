package dev.encke.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Down-link messages of wire protocol version {@value #VERSION} (see {@code docs/protocol.md}). A
 * batch frame wraps the batch's shared bytes with a per-session header; nothing is re-encoded per
 * session. Every frame is one line of JSON: no raw newline can occur in it.
 */
public final class Frames {

  public static final int VERSION = 1;

  private static final byte[] BATCH_PREFIX = ascii("{\"t\":\"batch\",\"seq\":");
  private static final byte[] OPS_PREFIX = ascii(",\"ops\":");
  private static final ByteBuffer HEARTBEAT = ByteBuffer.wrap(ascii("{\"t\":\"hb\"}")).asReadOnlyBuffer();

  private Frames() {}

  /** {@code {"t":"batch","seq":<seq>,"ops":[…]}}, ready to write. */
  public static ByteBuffer batch(long seq, EncodedBatch batch) {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must not be negative: " + seq);
    }
    int digits = digits(seq);
    byte[] ops = batch.operations();
    byte[] frame = new byte[BATCH_PREFIX.length + digits + OPS_PREFIX.length + ops.length + 1];
    System.arraycopy(BATCH_PREFIX, 0, frame, 0, BATCH_PREFIX.length);
    int at = BATCH_PREFIX.length + digits;
    for (long rest = seq; at > BATCH_PREFIX.length; rest /= 10) {
      frame[--at] = (byte) ('0' + rest % 10);
    }
    at = BATCH_PREFIX.length + digits;
    System.arraycopy(OPS_PREFIX, 0, frame, at, OPS_PREFIX.length);
    System.arraycopy(ops, 0, frame, at + OPS_PREFIX.length, ops.length);
    frame[frame.length - 1] = '}';
    return ByteBuffer.wrap(frame);
  }

  /** How many decimal digits {@code n}, not negative, has. */
  private static int digits(long n) {
    int digits = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    return digits;
  }

  /**
   * The answer to a page's {@code hello}: its session, the CSRF token its up-link must carry, the
   * heartbeat interval, when to acknowledge and the transports it may use, in order.
   */
  public static String welcome(String sessionId, String token, long heartbeatMillis,
      AckPolicy ack, List<String> transports) {
    Map<String, Object> welcome = new LinkedHashMap<>();
    welcome.put("t", "welcome");
    welcome.put("v", VERSION);
    welcome.put("session", sessionId);
    welcome.put("token", token);
    welcome.put("hb", heartbeatMillis);
    Map<String, Object> acknowledge = new LinkedHashMap<>();
    acknowledge.put("ms", ack.millis());
    acknowledge.put("batches", ack.batches());
    acknowledge.put("bytes", ack.bytes());
    welcome.put("ack", acknowledge);
    welcome.put("transports", transports);
    return Json.encode(welcome);
  }

  /**
   * {@code frames} as one WebSocket message, a frame per line, or the one frame itself: what a
   * connection writes at once leaves as one message, so that the page handles one message event
   * and the socket sends one WebSocket frame, as CometD's {@code ws.messagesPerFrame} does. No
   * frame holds a raw newline, so the lines split back exactly.
   */
  public static ByteBuffer lines(List<ByteBuffer> frames) {
    if (frames.size() == 1) {
      return frames.get(0);
    }
    int length = frames.size() - 1;
    for (ByteBuffer frame : frames) {
      length += frame.remaining();
    }
    ByteBuffer message = ByteBuffer.allocate(length);
    for (ByteBuffer frame : frames) {
      if (message.position() > 0) {
        message.put((byte) '\n');
      }
      message.put(frame.duplicate());
    }
    return message.flip();
  }

  /** {@code {"t":"hb"}}: the connection is alive. */
  public static ByteBuffer heartbeat() {
    return HEARTBEAT.duplicate();
  }

  /** {@code {"t":"reload","reason":"…"}}: the page must reload; its session cannot continue. */
  public static ByteBuffer reload(String reason) {
    return utf8("{\"t\":\"reload\",\"reason\":" + Json.encode(reason) + "}");
  }

  /** {@code {"t":"error","reason":"…"}}: why an up-link message was rejected. */
  public static ByteBuffer error(String reason) {
    return utf8(errorText(reason));
  }

  /** The text of an error frame. */
  public static String errorText(String reason) {
    return "{\"t\":\"error\",\"reason\":" + Json.encode(reason) + "}";
  }

  private static ByteBuffer utf8(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
