package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.encke.js.JsRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Records the proxy calls of one {@code Browser.with…} block on the thread that runs it. Each call is
 * encoded when it is made, so later changes to an argument object do not change what was sent and an
 * argument that cannot be encoded fails at the call site.
 */
public final class Recording implements AutoCloseable {

  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

  private final Recording enclosing;
  private final ByteArrayOutputStream operations = new ByteArrayOutputStream(256);
  private int commandCount;
  private boolean closed;

  private Recording(Recording enclosing) {
    this.enclosing = enclosing;
    operations.write('[');
  }

  /** Starts recording on this thread; a recording already open resumes when this one closes. */
  public static Recording open() {
    Recording recording = new Recording(CURRENT.get());
    CURRENT.set(recording);
    return recording;
  }

  /**
   * The recording open on this thread.
   *
   * @throws IllegalStateException when no {@code Browser.with…} block runs on this thread
   */
  public static Recording current() {
    Recording recording = CURRENT.get();
    if (recording == null) {
      throw new IllegalStateException(
          "proxy calls must be made inside Browser.withAllSessions(…), withSession(…) or another"
              + " with… block, on the thread that runs it; thread \""
              + Thread.currentThread().getName()
              + "\" has none open");
    }
    return recording;
  }

  /** Records {@code target.function(args…)} as a {@code call} operation. */
  public void call(JsRef target, String function, Object[] args) {
    requireOpen();
    append(encodeCall(target, function, args));
  }

  private static byte[] encodeCall(JsRef target, String function, Object[] args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("op", "call");
      generator.writeArrayFieldStart("on");
      for (String segment : target.path()) {
        generator.writeString(segment);
      }
      generator.writeEndArray();
      generator.writeStringField("fn", function);
      generator.writeArrayFieldStart("args");
      for (Object arg : args == null ? new Object[] {null} : args) {
        Json.MAPPER.writeValue(generator, arg);
      }
      generator.writeEndArray();
      generator.writeEndObject();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot encode the arguments of " + target + "." + function + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private void append(byte[] operation) {
    if (commandCount > 0) {
      operations.write(',');
    }
    operations.writeBytes(operation);
    commandCount++;
  }

  /** Ends the recording and returns the batch, encoded once. */
  public EncodedBatch finish() {
    requireOpen();
    close();
    operations.write(']');
    return new EncodedBatch(operations.toByteArray(), commandCount);
  }

  /** Ends the recording without producing a batch, for example when the block threw. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (enclosing == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(enclosing);
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this recording has ended");
    }
  }
}
