package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.encke.js.JsCallback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where, inside one operation's arguments, the encoder wrote a reference or a callback instead of
 * plain data. The page turns exactly those places (JSON pointers into the operation) into values
 * or functions; everything else stays data, so no string can ever become code.
 */
public final class OperationMarks {

  static final Object ATTRIBUTE = OperationMarks.class;
  /** Set while writing the target expression of an operation, where references are expected. */
  static final Object EXPRESSION = "dev.encke.expression";

  /** Created by the first mark: most operations carry plain data only. */
  private List<String> references = List.of();
  private List<String> functions = List.of();
  private Map<Long, JsCallback> callbacks = Map.of();

  /**
   * Records that a reference was just written at the generator's current position.
   *
   * @throws JsonMappingException when the reference sits where only plain data may go
   */
  public static void referenceWritten(JsonGenerator generator, SerializerProvider provider)
      throws JsonMappingException {
    if (provider.getAttribute(EXPRESSION) != null) {
      return;
    }
    OperationMarks marks = marks(provider, "a JsRef");
    if (marks.references.isEmpty()) {
      marks.references = new ArrayList<>(2);
    }
    marks.references.add(pointer(generator));
  }

  /**
   * Records that the callback {@code id} was just written at the generator's current position.
   *
   * @throws JsonMappingException when the callback sits where only plain data may go
   */
  public static void functionWritten(
      JsonGenerator generator, SerializerProvider provider, long id, JsCallback callback)
      throws JsonMappingException {
    OperationMarks marks = marks(provider, "a JsFunction");
    if (marks.functions.isEmpty()) {
      marks.functions = new ArrayList<>(2);
      marks.callbacks = new LinkedHashMap<>();
    }
    marks.functions.add(pointer(generator));
    marks.callbacks.put(id, callback);
  }

  private static OperationMarks marks(SerializerProvider provider, String what)
      throws JsonMappingException {
    Object marks = provider.getAttribute(ATTRIBUTE);
    if (marks == null) {
      throw JsonMappingException.from(
          provider, what + " may be passed as a call argument, not inside plain data");
    }
    return (OperationMarks) marks;
  }

  private static String pointer(JsonGenerator generator) {
    return generator.getOutputContext().pathAsPointer().toString();
  }

  List<String> references() {
    return references;
  }

  List<String> functions() {
    return functions;
  }

  Map<Long, JsCallback> callbacks() {
    return callbacks;
  }
}
