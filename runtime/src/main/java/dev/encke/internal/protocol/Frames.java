package dev.encke.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Down-link messages of wire protocol version {@value #VERSION}. A batch frame wraps the batch's
 * shared bytes with a per-session header; nothing is re-encoded per session.
 */
public final class Frames {

  public static final int VERSION = 1;

  private static final byte[] BATCH_PREFIX = ascii("{\"t\":\"batch\",\"seq\":");
  private static final byte[] OPS_PREFIX = ascii(",\"ops\":");

  private Frames() {}

  /** {@code {"t":"batch","seq":<seq>,"ops":[…]}}, ready to write. */
  public static ByteBuffer batch(long seq, EncodedBatch batch) {
    byte[] seqDigits = ascii(Long.toString(seq));
    byte[] ops = batch.operations();
    ByteBuffer frame =
        ByteBuffer.allocate(
            BATCH_PREFIX.length + seqDigits.length + OPS_PREFIX.length + ops.length + 1);
    frame.put(BATCH_PREFIX).put(seqDigits).put(OPS_PREFIX).put(ops).put((byte) '}');
    return frame.flip();
  }

  /** {@code {"t":"welcome","v":1,"session":"<id>"}}, the first message of every connection. */
  public static ByteBuffer welcome(String sessionId) {
    return ByteBuffer.wrap(
        ascii("{\"t\":\"welcome\",\"v\":" + VERSION + ",\"session\":\"" + sessionId + "\"}"));
  }

  /** {@code {"t":"error","reason":"…"}}: why an up-link message was rejected. */
  public static ByteBuffer error(String reason) {
    return ByteBuffer.wrap(
        ("{\"t\":\"error\",\"reason\":" + Json.encode(reason) + "}").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
