package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.Type;

/**
 * The one Jackson configuration of the wire protocol. The mapper itself stays here, so that nothing
 * can reconfigure it for everyone; the rest of Encke encodes, parses and converts through these
 * methods. Thread-safe.
 */
public final class Json {

  /**
   * Thread-safe once configured, as Jackson documents. Values from pages may carry more fields than
   * the Java type that reads them (event projections do), so unknown fields are ignored.
   */
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {}

  /** A parsed message, or why it could not be parsed. */
  public record Parsed(JsonNode root, String rejection) {}

  /** Parses one message text; a rejection reason when it is not JSON. */
  public static Parsed parse(String message) {
    try {
      return new Parsed(MAPPER.readTree(message), null);
    } catch (JsonProcessingException e) {
      return new Parsed(null, "not JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * {@code value} converted to {@code type}.
   *
   * @throws IllegalArgumentException when it does not convert
   */
  public static <T> T convert(JsonNode value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }

  static Object convert(JsonNode value, JavaType type) {
    return MAPPER.convertValue(value, type);
  }

  static JavaType type(Type type) {
    return MAPPER.getTypeFactory().constructType(type);
  }

  static ObjectWriter writer() {
    return MAPPER.writer();
  }

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
