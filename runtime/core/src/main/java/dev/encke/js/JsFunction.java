package dev.encke.js;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.encke.internal.protocol.OperationMarks;
import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A server-side {@link JsCallback} passed as an argument of a call, alone or inside a record. In the
 * page it becomes a function that sends its arguments back to the callback. Create with {@link
 * Js#function(JsCallback)}. Immutable.
 */
@JsonSerialize(using = JsFunction.Serializer.class)
public final class JsFunction {

  private final long id;
  private final JsCallback callback;

  /** The ids of the callbacks made for a listener, by the listener; they do not keep it alive. */
  private static final Map<Object, Long> IDS_BY_LISTENER = new WeakHashMap<>();

  JsFunction(JsCallback callback) {
    this(JsBatch.nextId(), callback);
  }

  private JsFunction(long id, JsCallback callback) {
    this.id = id;
    this.callback = callback;
  }

  /**
   * A function that stands for {@code listener} in every page: equal listeners get functions with
   * one id, which each page turns into one JavaScript function.
   */
  static JsFunction forListener(Object listener, JsCallback callback) {
    long id;
    synchronized (IDS_BY_LISTENER) {
      id = IDS_BY_LISTENER.computeIfAbsent(listener, key -> JsBatch.nextId());
    }
    return new JsFunction(id, callback);
  }

  long id() {
    return id;
  }

  @Override
  public String toString() {
    return "JsFunction#" + id;
  }

  /** Writes the callback's number and marks its place, so the page puts a function there. */
  static final class Serializer extends StdSerializer<JsFunction> {
    Serializer() {
      super(JsFunction.class);
    }

    @Override
    public void serialize(JsFunction function, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeNumber(function.id);
      OperationMarks.functionWritten(generator, provider, function.id, function.callback);
    }
  }
}
