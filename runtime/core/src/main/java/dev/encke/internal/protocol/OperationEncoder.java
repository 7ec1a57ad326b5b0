package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.encke.js.JsCallback;
import dev.encke.js.JsRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes one operation of wire protocol version 1 (see {@code docs/protocol.md}). Arguments are
 * data; the places where a reference or a callback stands are listed in {@code refs} and {@code
 * fns} as JSON pointers into the operation.
 */
final class OperationEncoder {

  private static final ObjectWriter EXPRESSIONS =
      Json.writer().withAttribute(OperationMarks.EXPRESSION, Boolean.TRUE);

  /** One encoded operation and the callbacks it hands to the page. */
  record Encoded(byte[] bytes, Map<Long, JsCallback> callbacks) {}

  private OperationEncoder() {}

  static Encoded call(JsRef target, String function, Object[] args, long slot, long reply) {
    return encode(target + "." + function, (generator, data) -> {
      generator.writeStringField("op", "call");
      writeTarget(generator, "on", target);
      generator.writeStringField("fn", function);
      generator.writeFieldName("args");
      writeArguments(generator, data, args);
      writeNumberIfSet(generator, "slot", slot);
      writeNumberIfSet(generator, "reply", reply);
    });
  }

  static Encoded construct(JsRef constructor, Object[] args, long slot) {
    return encode("new " + constructor, (generator, data) -> {
      generator.writeStringField("op", "new");
      writeTarget(generator, "ctor", constructor);
      generator.writeFieldName("args");
      writeArguments(generator, data, args);
      generator.writeNumberField("slot", slot);
    });
  }

  static Encoded set(JsRef target, String property, Object value) {
    return encode(target + "." + property, (generator, data) -> {
      generator.writeStringField("op", "set");
      writeTarget(generator, "on", target);
      generator.writeStringField("prop", property);
      generator.writeFieldName("value");
      data.writeValue(generator, value);
    });
  }

  static Encoded get(JsRef target, String property, long reply) {
    return encode(target + "." + property, (generator, data) -> {
      generator.writeStringField("op", "get");
      writeTarget(generator, "on", target);
      generator.writeStringField("prop", property);
      generator.writeNumberField("reply", reply);
    });
  }

  static Encoded release(JsRef slot) {
    return encode("release " + slot, (generator, data) -> {
      generator.writeStringField("op", "release");
      writeTarget(generator, "on", slot);
    });
  }

  static Encoded forget(long callbackId) {
    return encode("forget callback " + callbackId, (generator, data) -> {
      generator.writeStringField("op", "forget");
      generator.writeNumberField("fn", callbackId);
    });
  }

  static Encoded script(String code) {
    return encode("script", (generator, data) -> {
      generator.writeStringField("op", "script");
      generator.writeStringField("code", code);
    });
  }

  private interface Body {
    void write(JsonGenerator generator, ObjectWriter data) throws IOException;
  }

  private static Encoded encode(String what, Body body) {
    OperationMarks marks = new OperationMarks();
    ObjectWriter data = Json.writer().withAttribute(OperationMarks.ATTRIBUTE, marks);
    ByteArrayOutputStream out = new ByteArrayOutputStream(96);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      generator.writeStartObject();
      body.write(generator, data);
      writePointers(generator, "refs", marks.references());
      writePointers(generator, "fns", marks.functions());
      generator.writeEndObject();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot encode the arguments of " + what + ": " + e.getMessage(), e);
    }
    return new Encoded(out.toByteArray(), callbacks(marks));
  }

  private static Map<Long, JsCallback> callbacks(OperationMarks marks) {
    if (marks.callbacks().isEmpty()) {
      return Map.of();
    }
    return new LinkedHashMap<>(marks.callbacks());
  }

  private static void writeTarget(JsonGenerator generator, String field, JsRef target)
      throws IOException {
    generator.writeFieldName(field);
    EXPRESSIONS.writeValue(generator, target);
  }

  private static void writeArguments(JsonGenerator generator, ObjectWriter data, Object[] args)
      throws IOException {
    generator.writeStartArray();
    for (Object arg : args == null ? new Object[] {null} : args) {
      data.writeValue(generator, arg);
    }
    generator.writeEndArray();
  }

  private static void writeNumberIfSet(JsonGenerator generator, String field, long value)
      throws IOException {
    if (value != 0) {
      generator.writeNumberField(field, value);
    }
  }

  private static void writePointers(JsonGenerator generator, String field, List<String> pointers)
      throws IOException {
    if (!pointers.isEmpty()) {
      generator.writeArrayFieldStart(field);
      for (String pointer : pointers) {
        generator.writeString(pointer);
      }
      generator.writeEndArray();
    }
  }
}
