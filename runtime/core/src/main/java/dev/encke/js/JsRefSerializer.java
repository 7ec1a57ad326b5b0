package dev.encke.js;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.encke.internal.protocol.OperationMarks;
import java.io.IOException;

/** Writes a reference's expression and marks its place, so the page evaluates it there. */
final class JsRefSerializer extends StdSerializer<JsRef> {

  JsRefSerializer() {
    super(JsRef.class);
  }

  @Override
  public void serialize(JsRef ref, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeRawValue(ref.json());
    OperationMarks.referenceWritten(generator, provider);
  }
}
