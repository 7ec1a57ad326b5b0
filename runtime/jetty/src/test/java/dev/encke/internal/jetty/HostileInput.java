package dev.encke.internal.jetty;

import java.util.List;
import java.util.Random;

/**
 * Generated up-link input that a correct server must reject: malformed JSON, wrong shapes, unknown
 * types, numbers out of range, names that reach for script, deep nesting. Seeded, so a failure
 * can be replayed.
 */
final class HostileInput {

  private static final List<String> HOSTILE_STRINGS = List.of(
      "</script><img src=x onerror=alert(1)>", "__proto__", "constructor", "eval", "\u2028\u2029",
      "javascript:alert(1)", "\"", "\\", "{\"path\":[\"alert\"]}", "\ud83d\ude00", "null", "");

  private final Random random;

  HostileInput(long seed) {
    this.random = new Random(seed);
  }

  /** A message text that is not a valid up-link message of a session that received nothing. */
  String message() {
    switch (random.nextInt(12)) {
      case 0:
        return "~" + randomText(random.nextInt(40));
      case 1:
        return "{\"t\":\"ack\",\"seq\":" + badSeq() + "}";
      case 2:
        return "{\"t\":\"ack\",\"seq\":" + (1 + random.nextInt(1_000_000)) + "}";
      case 3:
        return "{\"t\":\"reply\",\"id\":" + badSeq() + ",\"value\":" + jsonString() + "}";
      case 4:
        return "{\"t\":\"event\",\"fn\":" + (1 + random.nextInt(1_000_000)) + ",\"args\":["
            + jsonString() + "]}";
      case 5:
        return "{\"t\":\"event\",\"fn\":1,\"args\":" + jsonString() + "}";
      case 6:
        return "{\"t\":" + jsonString() + ",\"seq\":1}";
      case 7:
        return "{\"t\":" + (random.nextBoolean() ? "7" : "null") + "}";
      case 8:
        return "[".repeat(1_500 + random.nextInt(500));
      case 9:
        return random.nextBoolean() ? "{\"t\":\"resume\",\"seq\":0}" : "{\"t\":\"hello\",\"v\":1}";
      case 10:
        return "{\"t\":\"ack\",\"seq\":1" .substring(0, 1 + random.nextInt(14));
      default:
        return random.nextBoolean() ? "[1,2,3]" : jsonString();
    }
  }

  /** As {@link #message()}, never a resume: with a page's headers a resume would open a poll. */
  String messageOtherThanResume() {
    String message = message();
    return message.contains("resume") ? message.replace("resume", "resum\u00e9") : message;
  }

  private String badSeq() {
    switch (random.nextInt(6)) {
      case 0:
        return "-" + (1 + random.nextInt(1000));
      case 1:
        return "1.5";
      case 2:
        return "1e400";
      case 3:
        return "99999999999999999999999";
      case 4:
        return jsonString();
      default:
        return "null";
    }
  }

  /** A JSON string literal holding hostile text. */
  String jsonString() {
    String text = HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size()));
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Random text of {@code length} characters from across Unicode's BMP, surrogates excluded. */
  String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = (char) random.nextInt(0xD000);
      text.append(c);
    }
    return text.toString();
  }

  /** Random printable ASCII, as a forged header value would be. */
  String randomAscii(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) (0x21 + random.nextInt(0x5e)));
    }
    return text.toString();
  }

  byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
