package dev.encke.js;

import dev.encke.internal.protocol.Recording;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The commands of one batch: what one {@code with…} block or one {@code Target.push} sends to each
 * page it targets, as one message. The static methods of {@link Js} record into the batch of the
 * block running on the current thread; a {@code JsBatch} object does the same without any
 * thread-local, and may be handed to code on other threads while the push is running.
 *
 * <pre>{@code
 * encke.page("/share.html").push(batch -> {
 *   batch.call(JsRef.global("dwr", "util"), "setValue", "price", 42);
 *   batch.set(JsRef.global("document"), "title", "ACME 42");
 * });
 * }</pre>
 *
 * <p>Commands reach each page in the order they were recorded. A batch is valid only until its push
 * ends; it is not thread-safe, so hand it over rather than share it. Applications get instances,
 * they do not make them: the one implementation is Encke's recording, which this class names only
 * to seal itself; {@link Js} finds the batch of the running block here, never in the recording.
 */
public abstract sealed class JsBatch permits Recording {

  private static final ThreadLocal<JsBatch> CURRENT = new ThreadLocal<>();
  /**
   * Callback, slot and reply numbers are unique in the JVM, so one encoding serves every page. They
   * start at a random point under 2^50 (exact in JavaScript), so that the numbers of the nodes of a
   * cluster, which may reach one page, do not meet.
   */
  private static final AtomicLong IDS =
      new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 50));

  protected JsBatch() {}

  /**
   * The batch open on this thread.
   *
   * @throws IllegalStateException when no {@code Browser.with…} block runs on this thread
   */
  static JsBatch current() {
    JsBatch batch = CURRENT.get();
    if (batch == null) {
      throw new IllegalStateException(
          "proxy calls must be made inside Browser.withAllSessions(…), withSession(…) or another"
              + " with… block, or in a listener called from a page, on the thread that runs it;"
              + " thread \"" + Thread.currentThread().getName() + "\" has none open");
    }
    return batch;
  }

  /** Makes this batch the current thread's; returns the one it replaces, or {@code null}. */
  protected final JsBatch enterThread() {
    JsBatch previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  /** Makes {@code previous} the current thread's batch again, or none when it is {@code null}. */
  protected static void restoreThread(JsBatch previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** A fresh number for a callback, slot or reply. */
  protected static long nextId() {
    return IDS.incrementAndGet();
  }

  /**
   * Records a call of {@code target.function(args…)}.
   *
   * @throws IllegalArgumentException when {@code function} is not an identifier or an argument cannot
   *     be encoded as JSON
   * @throws IllegalStateException when the batch has been pushed already
   */
  public final JsBatch call(JsRef target, String function, Object... args) {
    recordCall(requireTarget(target), JsRef.requireIdentifier(function), args);
    return this;
  }

  /**
   * Records a call whose result the page sends back; the batch must target a single session.
   *
   * @return completes with the result converted to {@code type}, or fails when the page reports an
   *     error, the result does not convert, the session ends or the reply times out; it completes
   *     on Encke's listener pool, never on a server thread, so code chained on it may block
   * @throws IllegalStateException when the batch targets more than one session
   */
  public final <T> CompletableFuture<T> callForValue(
      Type type, JsRef target, String function, Object... args) {
    Objects.requireNonNull(type, "type == null");
    return recordCallForValue(type, requireTarget(target), JsRef.requireIdentifier(function), args);
  }

  /** Records {@code target.property = value}. */
  public final JsBatch set(JsRef target, String property, Object value) {
    recordSet(requireTarget(target), JsRef.requireIdentifier(property), value);
    return this;
  }

  /** Records a read of {@code target.property} that the page sends back; one session only. */
  public final <T> CompletableFuture<T> get(Type type, JsRef target, String property) {
    Objects.requireNonNull(type, "type == null");
    return recordGet(type, requireTarget(target), JsRef.requireIdentifier(property));
  }

  /**
   * Records {@code new constructor(args…)}, kept by each page in a slot the returned reference
   * addresses; see {@link Js#construct}.
   */
  public final JsRef construct(JsRef constructor, Object... args) {
    return JsRef.slot(recordConstruct(requireTarget(constructor), args));
  }

  /** Records a call that must run once and keeps its result in a slot; see {@link Js#bind}. */
  public final JsRef bind(JsRef target, String function, Object... args) {
    return JsRef.slot(
        recordBind(requireTarget(target), JsRef.requireIdentifier(function), args));
  }

  /**
   * Records that the pages may forget a slot made by {@link #bind} or {@link #construct}.
   *
   * @throws IllegalArgumentException when {@code slot} is not a slot reference
   */
  public final JsBatch release(JsRef slot) {
    if (!requireTarget(slot).isSlot()) {
      throw new IllegalArgumentException("not a slot reference: " + slot);
    }
    recordRelease(slot);
    return this;
  }

  /**
   * Forgets a callback handed to the pages earlier: events the pages send for it from now on are
   * refused. Callbacks are otherwise kept until the page leaves, or until the slot they were handed
   * with (in a {@link #bind} or {@link #construct}, or in a call on its reference) is released.
   */
  public final JsBatch release(JsFunction function) {
    recordForget(Objects.requireNonNull(function, "function == null").id());
    return this;
  }

  /**
   * Records raw JavaScript, the one command that is code rather than data. Refused unless the server
   * allows it ({@code Encke.Builder.allowRawScript(true)}) and every targeted page opted in; see
   * {@link ScriptBuffer}.
   *
   * @throws IllegalStateException when the server does not allow raw script
   */
  public final JsBatch script(ScriptBuffer script) {
    recordScript(Objects.requireNonNull(script, "script == null"));
    return this;
  }

  protected abstract void recordCall(JsRef target, String function, Object[] args);

  protected abstract <T> CompletableFuture<T> recordCallForValue(
      Type type, JsRef target, String function, Object[] args);

  protected abstract void recordSet(JsRef target, String property, Object value);

  protected abstract <T> CompletableFuture<T> recordGet(Type type, JsRef target, String property);

  /** Returns the slot number the result is kept in. */
  protected abstract long recordConstruct(JsRef constructor, Object[] args);

  /** Returns the slot number the result is kept in. */
  protected abstract long recordBind(JsRef target, String function, Object[] args);

  protected abstract void recordRelease(JsRef slot);

  protected abstract void recordScript(ScriptBuffer script);

  /** Records that the pages' calls of callback {@code callbackId} are refused from now on. */
  protected abstract void recordForget(long callbackId);

  /** The slot {@code ref} starts from, 0 when it starts from {@code window}. */
  protected static long slotOf(JsRef ref) {
    return ref.baseSlot();
  }

  private static JsRef requireTarget(JsRef target) {
    return Objects.requireNonNull(target, "target == null");
  }
}
