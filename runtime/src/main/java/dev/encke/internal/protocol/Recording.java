package dev.encke.internal.protocol;

import com.fasterxml.jackson.databind.JavaType;
import dev.encke.js.JsCallback;
import dev.encke.js.JsRef;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records the proxy calls of one {@code Browser.with…} block on the thread that runs it. Each call is
 * encoded when it is made, so later changes to an argument object do not change what was sent and an
 * argument that cannot be encoded fails at the call site.
 */
public final class Recording implements AutoCloseable {

  /** How many pages the block targets: values can come back only from one. */
  public enum Audience {
    ONE_SESSION,
    MANY_SESSIONS
  }

  private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
  /** Slot and reply numbers are unique in the JVM, so one encoding serves every page. */
  private static final AtomicLong IDS = new AtomicLong();

  private final Recording enclosing;
  private final Audience audience;
  private final ByteArrayOutputStream operations = new ByteArrayOutputStream(256);
  private final Map<Long, JsCallback> callbacks = new LinkedHashMap<>();
  private final List<PendingReply> replies = new ArrayList<>();
  private int commandCount;
  private boolean finished;
  private boolean closed;

  private Recording(Recording enclosing, Audience audience) {
    this.enclosing = enclosing;
    this.audience = audience;
    operations.write('[');
  }

  /** Starts recording on this thread; a recording already open resumes when this one closes. */
  public static Recording open(Audience audience) {
    Recording recording = new Recording(CURRENT.get(), audience);
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
              + " with… block, or in a listener called from a page, on the thread that runs it;"
              + " thread \"" + Thread.currentThread().getName() + "\" has none open");
    }
    return recording;
  }

  /** Allocates a fresh number for a callback, slot or reply. */
  public static long nextId() {
    return IDS.incrementAndGet();
  }

  public void call(JsRef target, String function, Object[] args) {
    append(OperationEncoder.call(target, function, args, 0, 0));
  }

  /** Records a call whose result the pages keep in a new slot; returns the slot number. */
  public long bind(JsRef target, String function, Object[] args) {
    long slot = nextId();
    append(OperationEncoder.call(target, function, args, slot, 0));
    return slot;
  }

  /** Records {@code new constructor(args)} kept in a new slot; returns the slot number. */
  public long construct(JsRef constructor, Object[] args) {
    long slot = nextId();
    append(OperationEncoder.construct(constructor, args, slot));
    return slot;
  }

  public void set(JsRef target, String property, Object value) {
    append(OperationEncoder.set(target, property, value));
  }

  public void release(JsRef slot) {
    append(OperationEncoder.release(slot));
  }

  /** Records a call whose result the page sends back, converted to {@code type}. */
  public <T> CompletableFuture<T> callForValue(
      Type type, JsRef target, String function, Object[] args) {
    PendingReply reply = expectReply(type, target + "." + function + "(…)");
    append(OperationEncoder.call(target, function, args, 0, reply.id()));
    return cast(reply.future());
  }

  /** Records a property read whose value the page sends back, converted to {@code type}. */
  public <T> CompletableFuture<T> get(Type type, JsRef target, String property) {
    PendingReply reply = expectReply(type, target + "." + property);
    append(OperationEncoder.get(target, property, reply.id()));
    return cast(reply.future());
  }

  private PendingReply expectReply(Type type, String description) {
    requireOpen();
    if (audience != Audience.ONE_SESSION) {
      throw new IllegalStateException(
          description + " returns a value, and a value can come back from one page only: call it"
              + " inside Browser.withSession(…) or a listener, not a block that targets many pages");
    }
    JavaType javaType = Json.MAPPER.getTypeFactory().constructType(type);
    PendingReply reply = new PendingReply(nextId(), javaType, description);
    replies.add(reply);
    return reply;
  }

  @SuppressWarnings("unchecked")
  private static <T> CompletableFuture<T> cast(CompletableFuture<Object> future) {
    return (CompletableFuture<T>) future;
  }

  private void append(OperationEncoder.Encoded operation) {
    requireOpen();
    if (commandCount > 0) {
      operations.write(',');
    }
    operations.writeBytes(operation.bytes());
    callbacks.putAll(operation.callbacks());
    commandCount++;
  }

  /** Ends the recording and returns the batch, encoded once. */
  public EncodedBatch finish() {
    requireOpen();
    finished = true;
    close();
    operations.write(']');
    return new EncodedBatch(operations.toByteArray(), commandCount, callbacks, replies);
  }

  /**
   * Ends the recording; without {@link #finish()}, for example when the block threw, nothing is sent
   * and values it asked for fail.
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (!finished) {
        replies.forEach(reply -> reply.fail(new CancellationException(
            "the with… block ended with an exception before " + reply + " was sent")));
      }
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
