package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.encke.js.JsCallback;
import dev.encke.js.JsRef;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Encodes one operation of wire protocol version 1 (see {@code docs/protocol.md}) straight into
 * its batch's buffer, after a comma unless it is the batch's first. Arguments are data; the places
 * where a reference or a callback stands are listed in {@code refs} and {@code fns} as JSON
 * pointers into the operation. Each method returns the callbacks the operation hands to the page.
 */
final class OperationEncoder {

  private static final ObjectWriter EXPRESSIONS =
      Json.writer().withAttribute(OperationMarks.EXPRESSION, Boolean.TRUE);

  private OperationEncoder() {}

  static Map<Long, JsCallback> call(OperationBuffer out, boolean first, JsRef target,
      String function, Object[] args, long slot, long reply) {
    return encode(out, first, () -> target + "." + function, (generator, data) -> {
      generator.writeStringField("op", "call");
      writeTarget(generator, "on", target);
      generator.writeStringField("fn", function);
      generator.writeFieldName("args");
      writeArguments(generator, data, args);
      writeNumberIfSet(generator, "slot", slot);
      writeNumberIfSet(generator, "reply", reply);
    });
  }

  static Map<Long, JsCallback> construct(OperationBuffer out, boolean first, JsRef constructor,
      Object[] args, long slot) {
    return encode(out, first, () -> "new " + constructor, (generator, data) -> {
      generator.writeStringField("op", "new");
      writeTarget(generator, "ctor", constructor);
      generator.writeFieldName("args");
      writeArguments(generator, data, args);
      generator.writeNumberField("slot", slot);
    });
  }

  static Map<Long, JsCallback> set(OperationBuffer out, boolean first, JsRef target,
      String property, Object value) {
    return encode(out, first, () -> target + "." + property, (generator, data) -> {
      generator.writeStringField("op", "set");
      writeTarget(generator, "on", target);
      generator.writeStringField("prop", property);
      generator.writeFieldName("value");
      data.writeValue(generator, value);
    });
  }

  static Map<Long, JsCallback> get(OperationBuffer out, boolean first, JsRef target,
      String property, long reply) {
    return encode(out, first, () -> target + "." + property, (generator, data) -> {
      generator.writeStringField("op", "get");
      writeTarget(generator, "on", target);
      generator.writeStringField("prop", property);
      generator.writeNumberField("reply", reply);
    });
  }

  static Map<Long, JsCallback> release(OperationBuffer out, boolean first, JsRef slot) {
    return encode(out, first, () -> "release " + slot, (generator, data) -> {
      generator.writeStringField("op", "release");
      writeTarget(generator, "on", slot);
    });
  }

  static Map<Long, JsCallback> forget(OperationBuffer out, boolean first, long callbackId) {
    return encode(out, first, () -> "forget callback " + callbackId, (generator, data) -> {
      generator.writeStringField("op", "forget");
      generator.writeNumberField("fn", callbackId);
    });
  }

  static Map<Long, JsCallback> script(OperationBuffer out, boolean first, String code) {
    return encode(out, first, () -> "script", (generator, data) -> {
      generator.writeStringField("op", "script");
      generator.writeStringField("code", code);
    });
  }

  private interface Body {
    void write(JsonGenerator generator, ObjectWriter data) throws IOException;
  }

  /** Appends one operation to {@code out}; on failure {@code out} is as it was before. */
  private static Map<Long, JsCallback> encode(OperationBuffer out, boolean first,
      Supplier<String> what, Body body) {
    int before = out.size();
    OperationMarks marks = new OperationMarks();
    ObjectWriter data = Json.writer().withAttribute(OperationMarks.ATTRIBUTE, marks);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      if (!first) {
        generator.writeRaw(',');
      }
      generator.writeStartObject();
      body.write(generator, data);
      writePointers(generator, "refs", marks.references());
      writePointers(generator, "fns", marks.functions());
      generator.writeEndObject();
    } catch (IOException | RuntimeException e) {
      out.truncate(before);
      throw new IllegalArgumentException(
          "cannot encode the arguments of " + what.get() + ": " + e.getMessage(), e);
    }
    return marks.callbacks();
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
