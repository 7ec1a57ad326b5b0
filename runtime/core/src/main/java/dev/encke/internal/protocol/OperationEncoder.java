package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
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
  /** Shared by every operation: each one's marks travel with its data ({@link Marked}). */
  private static final ObjectWriter DATA = Json.writer();

  private OperationEncoder() {}

  static Map<Long, JsCallback> call(OperationBuffer out, boolean first, JsRef target,
      String function, Object[] args, long slot, long reply) {
    return encode(out, first, () -> target + "." + function, (generator, marks) -> {
      generator.writeStringField("op", "call");
      writeTarget(generator, "on", target);
      generator.writeStringField("fn", function);
      generator.writeFieldName("args");
      writeArguments(generator, marks, args);
      writeNumberIfSet(generator, "slot", slot);
      writeNumberIfSet(generator, "reply", reply);
    });
  }

  static Map<Long, JsCallback> construct(OperationBuffer out, boolean first, JsRef constructor,
      Object[] args, long slot) {
    return encode(out, first, () -> "new " + constructor, (generator, marks) -> {
      generator.writeStringField("op", "new");
      writeTarget(generator, "ctor", constructor);
      generator.writeFieldName("args");
      writeArguments(generator, marks, args);
      generator.writeNumberField("slot", slot);
    });
  }

  static Map<Long, JsCallback> set(OperationBuffer out, boolean first, JsRef target,
      String property, Object value) {
    return encode(out, first, () -> target + "." + property, (generator, marks) -> {
      generator.writeStringField("op", "set");
      writeTarget(generator, "on", target);
      generator.writeStringField("prop", property);
      generator.writeFieldName("value");
      DATA.writeValue(generator, new Marked(value, marks, false));
    });
  }

  static Map<Long, JsCallback> get(OperationBuffer out, boolean first, JsRef target,
      String property, long reply) {
    return encode(out, first, () -> target + "." + property, (generator, marks) -> {
      generator.writeStringField("op", "get");
      writeTarget(generator, "on", target);
      generator.writeStringField("prop", property);
      generator.writeNumberField("reply", reply);
    });
  }

  static Map<Long, JsCallback> release(OperationBuffer out, boolean first, JsRef slot) {
    return encode(out, first, () -> "release " + slot, (generator, marks) -> {
      generator.writeStringField("op", "release");
      writeTarget(generator, "on", slot);
    });
  }

  static Map<Long, JsCallback> forget(OperationBuffer out, boolean first, long callbackId) {
    return encode(out, first, () -> "forget callback " + callbackId, (generator, marks) -> {
      generator.writeStringField("op", "forget");
      generator.writeNumberField("fn", callbackId);
    });
  }

  static Map<Long, JsCallback> script(OperationBuffer out, boolean first, String code) {
    return encode(out, first, () -> "script", (generator, marks) -> {
      generator.writeStringField("op", "script");
      generator.writeStringField("code", code);
    });
  }

  private interface Body {
    void write(JsonGenerator generator, OperationMarks marks) throws IOException;
  }

  /** Appends one operation to {@code out}; on failure {@code out} is as it was before. */
  private static Map<Long, JsCallback> encode(OperationBuffer out, boolean first,
      Supplier<String> what, Body body) {
    int before = out.size();
    OperationMarks marks = new OperationMarks();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      if (!first) {
        generator.writeRaw(',');
      }
      generator.writeStartObject();
      body.write(generator, marks);
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

  private static void writeArguments(JsonGenerator generator, OperationMarks marks, Object[] args)
      throws IOException {
    DATA.writeValue(generator, new Marked(args == null ? new Object[] {null} : args, marks, true));
  }

  /**
   * Data that carries its operation's marks into Jackson's call, where the serializers of
   * references and callbacks find them; a writer made per operation to carry them cost more than
   * the operation. {@code spread}: the value is the arguments, written as one JSON array.
   */
  private static final class Marked implements JsonSerializable {
    private final Object value;
    private final OperationMarks marks;
    private final boolean spread;

    Marked(Object value, OperationMarks marks, boolean spread) {
      this.value = value;
      this.marks = marks;
      this.spread = spread;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
      provider.setAttribute(OperationMarks.ATTRIBUTE, marks);
      if (!spread) {
        provider.defaultSerializeValue(value, generator);
        return;
      }
      generator.writeStartArray();
      for (Object arg : (Object[]) value) {
        provider.defaultSerializeValue(arg, generator);
      }
      generator.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider provider,
        TypeSerializer types) throws IOException {
      serialize(generator, provider);
    }
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
