package dev.encke;

import dev.encke.js.JsBatch;
import java.util.List;
import java.util.function.Consumer;

/**
 * A choice of script sessions to push to, as a plain object: no thread-local, no static state. Get
 * one from {@link Encke#allSessions()}, {@link Encke#page(String)} or {@link Encke#session(String)}.
 *
 * <pre>{@code
 * Target share = encke.page("/share.html");
 * share.push(batch -> batch.call(JsRef.global("dwr", "util"), "setValue", "price", 42));
 * share.filtered(s -> s.attribute("vip").isPresent()).run(() -> Effect.shake("price"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the sessions are chosen each time a batch is pushed. A batch is
 * encoded once whatever the number of sessions, and reaches each of them as one message in one
 * write. Batches pushed from one thread reach each page in the order they were pushed.
 */
public interface Target {

  /** This target narrowed to the sessions {@code filter} accepts. */
  Target filtered(ScriptSessionFilter filter);

  /** The sessions this target chooses now. */
  List<ScriptSession> sessions();

  /**
   * Builds one batch with {@code commands} and pushes it. The batch object is valid only during the
   * call; values asked with it ({@link JsBatch#callForValue}) need a target of one session.
   *
   * @throws IllegalStateException when the batch holds raw script and a chosen page did not allow
   *     it; nothing is pushed then
   */
  void push(Consumer<JsBatch> commands);

  /**
   * Runs {@code calls} on this thread and pushes the proxy calls they make, as one batch; the same
   * as the {@link Browser} methods, for generated proxies whose static methods record on the
   * current thread.
   */
  void run(Runnable calls);
}
