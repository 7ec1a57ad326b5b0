package dev.encke.internal.protocol;

import com.fasterxml.jackson.databind.JavaType;
import dev.encke.js.JsBatch;
import dev.encke.js.JsCallback;
import dev.encke.js.JsRef;
import dev.encke.js.ScriptBuffer;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Records the proxy calls of one {@code Browser.with…} block, on the thread that runs it ({@link
 * #open}) or through an explicit batch object ({@link #detached}). Each call is encoded when it is
 * made, so later changes to an argument object do not change what was sent and an argument that
 * cannot be encoded fails at the call site.
 */
public final class Recording extends JsBatch implements AutoCloseable {

  /** How many pages the block targets: values can come back only from one. */
  public enum Audience {
    ONE_SESSION,
    MANY_SESSIONS
  }

  private final JsBatch enclosing;
  private final boolean onThread;
  private final Audience audience;
  private final boolean rawScriptAllowed;
  private final OperationBuffer operations = new OperationBuffer(256);
  /** Created by the first callback, reply or release: most batches only call functions. */
  private Map<Long, JsCallback> callbacks = Map.of();
  private List<PendingReply> replies = List.of();
  private Map<Long, Long> callbackSlots = Map.of();
  private Set<Long> releasedSlots = Set.of();
  private Set<Long> releasedCallbacks = Set.of();
  private int commandCount;
  private boolean hasScript;
  private boolean finished;
  private boolean closed;

  private Recording(boolean onThread, Audience audience, boolean rawScriptAllowed) {
    this.onThread = onThread;
    this.enclosing = onThread ? enterThread() : null;
    this.audience = audience;
    this.rawScriptAllowed = rawScriptAllowed;
    operations.write('[');
  }

  /**
   * Starts recording on this thread, on a server that may or may not allow raw script; a recording
   * already open resumes when this one closes.
   */
  public static Recording open(Audience audience, boolean rawScriptAllowed) {
    return new Recording(true, audience, rawScriptAllowed);
  }

  /** A recording that no thread-local knows: only the holder of the object records into it. */
  public static Recording detached(Audience audience, boolean rawScriptAllowed) {
    return new Recording(false, audience, rawScriptAllowed);
  }

  @Override
  protected void recordCall(JsRef target, String function, Object[] args) {
    requireOpen();
    added(OperationEncoder.call(operations, isFirst(), target, function, args, 0, 0),
        slotOf(target));
  }

  @Override
  protected long recordBind(JsRef target, String function, Object[] args) {
    long slot = nextId();
    requireOpen();
    added(OperationEncoder.call(operations, isFirst(), target, function, args, slot, 0), slot);
    return slot;
  }

  @Override
  protected long recordConstruct(JsRef constructor, Object[] args) {
    long slot = nextId();
    requireOpen();
    added(OperationEncoder.construct(operations, isFirst(), constructor, args, slot), slot);
    return slot;
  }

  @Override
  protected void recordSet(JsRef target, String property, Object value) {
    requireOpen();
    added(OperationEncoder.set(operations, isFirst(), target, property, value), slotOf(target));
  }

  @Override
  protected void recordRelease(JsRef slot) {
    requireOpen();
    added(OperationEncoder.release(operations, isFirst(), slot), 0);
    if (releasedSlots.isEmpty()) {
      releasedSlots = new LinkedHashSet<>();
    }
    releasedSlots.add(slotOf(slot));
  }

  @Override
  protected void recordForget(long callbackId) {
    requireOpen();
    added(OperationEncoder.forget(operations, isFirst(), callbackId), 0);
    if (releasedCallbacks.isEmpty()) {
      releasedCallbacks = new LinkedHashSet<>();
    }
    releasedCallbacks.add(callbackId);
  }

  @Override
  protected void recordScript(ScriptBuffer script) {
    requireOpen();
    if (!rawScriptAllowed) {
      throw new IllegalStateException(
          "raw script is refused: this server does not allow it. Build it with"
              + " Encke.builder().allowRawScript(true) and let the page opt in with"
              + " <meta name=\"encke-raw-script\" content=\"allow\">; refused script: "
              + Text.abbreviate(script.script(), 60));
    }
    added(OperationEncoder.script(operations, isFirst(), script.script()), 0);
    hasScript = true;
  }

  @Override
  protected <T> CompletableFuture<T> recordCallForValue(
      Type type, JsRef target, String function, Object[] args) {
    PendingReply reply = expectReply(type, target + "." + function + "(…)");
    added(OperationEncoder.call(operations, isFirst(), target, function, args, 0, reply.id()),
        slotOf(target));
    return cast(reply.future());
  }

  @Override
  protected <T> CompletableFuture<T> recordGet(Type type, JsRef target, String property) {
    PendingReply reply = expectReply(type, target + "." + property);
    added(OperationEncoder.get(operations, isFirst(), target, property, reply.id()), 0);
    return cast(reply.future());
  }

  private PendingReply expectReply(Type type, String description) {
    requireOpen();
    if (audience != Audience.ONE_SESSION) {
      throw new IllegalStateException(
          description + " returns a value, and a value can come back from one page only: call it"
              + " inside Browser.withSession(…) or a listener, not a block that targets many pages");
    }
    JavaType javaType = Json.type(type);
    PendingReply reply = new PendingReply(nextId(), javaType, description);
    if (replies.isEmpty()) {
      replies = new ArrayList<>(2);
    }
    replies.add(reply);
    return reply;
  }

  @SuppressWarnings("unchecked")
  private static <T> CompletableFuture<T> cast(CompletableFuture<Object> future) {
    return (CompletableFuture<T>) future;
  }

  private boolean isFirst() {
    return commandCount == 0;
  }

  /**
   * Counts an operation just encoded into the batch; the callbacks it hands out belong to {@code
   * slot}, if not 0.
   */
  private void added(Map<Long, JsCallback> handedOut, long slot) {
    if (!handedOut.isEmpty()) {
      if (callbacks.isEmpty()) {
        callbacks = new LinkedHashMap<>();
      }
      callbacks.putAll(handedOut);
      if (slot != 0) {
        if (callbackSlots.isEmpty()) {
          callbackSlots = new LinkedHashMap<>();
        }
        handedOut.keySet().forEach(callback -> callbackSlots.put(callback, slot));
      }
    }
    commandCount++;
  }

  /** Ends the recording and returns the batch, encoded once. */
  public EncodedBatch finish() {
    requireOpen();
    finished = true;
    close();
    operations.write(']');
    return new EncodedBatch(operations.toByteArray(), commandCount, hasScript, callbacks, replies,
        new EncodedBatch.Releases(callbackSlots, releasedSlots, releasedCallbacks));
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
      if (onThread) {
        restoreThread(enclosing);
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this recording has ended");
    }
  }
}
