package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one Jackson configuration of the wire protocol. */
public final class Json {

  /**
   * Thread-safe once configured, as Jackson documents. Values from pages may carry more fields than
   * the Java type that reads them (event projections do), so unknown fields are ignored.
   */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {}

  /**
   * Encodes plain data as a JSON literal safe inside a script element: {@code <}, {@code >}, {@code
   * &}, U+2028 and U+2029 become escapes, so the text can neither close the element nor break the
   * line.
   *
   * @throws IllegalArgumentException when Jackson cannot encode {@code value}
   */
  public static String encodeForScript(Object value) {
    String json = encode(value);
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        safe.append(String.format("\\u%04x", (int) c));
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  /**
   * Encodes plain data as JSON text.
   *
   * @throws IllegalArgumentException when Jackson cannot encode {@code value}, or it holds a
   *     reference or callback, which only call arguments may hold
   */
  public static String encode(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
