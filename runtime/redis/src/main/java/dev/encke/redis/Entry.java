package dev.encke.redis;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One entry of the cluster's stream: which node wrote it, what it says (a pushed batch or mail, as
 * its shipped bytes; a session that opened, or one that ended), and for a batch its number among
 * that node's batches (0 for the others). Immutable.
 */
record Entry(String origin, long seq, Kind kind, byte[] body) {

  /** What an entry says. */
  enum Kind { BATCH, OPENED, ENDED }

  private static final String ORIGIN = "o";
  private static final String SEQ = "n";
  private static final String KIND = "k";
  private static final String BODY = "p";

  /** The stream fields of this entry. */
  Map<String, byte[]> fields() {
    Map<String, byte[]> fields = new HashMap<>();
    fields.put(ORIGIN, utf8(origin));
    fields.put(SEQ, utf8(Long.toString(seq)));
    fields.put(KIND, utf8(kind.name()));
    fields.put(BODY, body);
    return fields;
  }

  /**
   * Reads the fields of a stream entry.
   *
   * @throws IllegalArgumentException naming the entry when a field is missing or wrong
   */
  static Entry read(String id, Map<String, byte[]> fields) {
    try {
      return new Entry(text(fields, ORIGIN), Long.parseLong(text(fields, SEQ)),
          Kind.valueOf(text(fields, KIND)), required(fields, BODY));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an Encke entry: stream entry " + id + " with fields "
          + fields.keySet() + " (" + e.getMessage() + ")", e);
    }
  }

  /** The body as text: a session id. */
  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(Map<String, byte[]> fields, String name) {
    return new String(required(fields, name), StandardCharsets.UTF_8);
  }

  private static byte[] required(Map<String, byte[]> fields, String name) {
    byte[] value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no field " + name);
    }
    return value;
  }
}
