package dev.encke.js;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.encke.internal.protocol.OperationMarks;
import java.io.IOException;

/**
 * A server-side {@link JsCallback} passed as an argument of a call, alone or inside a record. In the
 * page it becomes a function that sends its arguments back to the callback. Create with {@link
 * Js#function(JsCallback)}. Immutable.
 */
@JsonSerialize(using = JsFunction.Serializer.class)
public final class JsFunction {

  private final long id;
  private final JsCallback callback;

  JsFunction(JsCallback callback) {
    this.id = JsBatch.nextId();
    this.callback = callback;
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
