package dev.encke.js;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What generated widget proxies stand on: each method records one command into the batch of the
 * enclosing {@code Browser.with…} block (or of the listener running for a page). Commands are data;
 * arguments are encoded as JSON and arrive in the page as values, never as script. A {@link JsRef},
 * a proxy or a {@link JsFunction} may stand among the arguments; the page passes the object, or a
 * function calling back, in its place.
 *
 * <p>Call these only inside a {@code with…} block or a listener, on the thread that runs it. Commands
 * reach each page in the order they were recorded.
 */
public final class Js {

  private Js() {}

  /**
   * Records a call of {@code target.function(args…)}.
   *
   * @throws IllegalStateException when called outside a {@code Browser.with…} block
   * @throws IllegalArgumentException when {@code function} is not an identifier or an argument cannot
   *     be encoded as JSON
   */
  public static void call(JsRef target, String function, Object... args) {
    JsBatch.current().call(target, function, args);
  }

  /**
   * Records a call whose result the page sends back. Values come back from one page only, so the
   * enclosing block must target a single session.
   *
   * @return completes with the result converted to {@code type}, or fails when the page reports an
   *     error, the result does not convert, the session ends or the reply times out; it completes
   *     on Encke's listener pool, never on a server thread, so code chained on it may block
   * @throws IllegalStateException when the block targets more than one session
   */
  public static <T> CompletableFuture<T> callForValue(
      Class<T> type, JsRef target, String function, Object... args) {
    return callForValue((Type) type, target, function, args);
  }

  /** As {@link #callForValue(Class, JsRef, String, Object...)}, for generic types. */
  public static <T> CompletableFuture<T> callForValue(
      Type type, JsRef target, String function, Object... args) {
    return JsBatch.current().callForValue(type, target, function, args);
  }

  /** Records {@code target.property = value}. */
  public static void set(JsRef target, String property, Object value) {
    JsBatch.current().set(target, property, value);
  }

  /**
   * Records a read of {@code target.property} that the page sends back; the block must target one
   * session.
   */
  public static <T> CompletableFuture<T> get(Class<T> type, JsRef target, String property) {
    return get((Type) type, target, property);
  }

  /** As {@link #get(Class, JsRef, String)}, for generic types such as {@code List<String>}. */
  public static <T> CompletableFuture<T> get(Type type, JsRef target, String property) {
    Objects.requireNonNull(type, "type == null");
    return JsBatch.current().get(type, target, property);
  }

  /**
   * Records {@code new constructor(args…)}; each page keeps the new object in a slot, which the
   * returned reference addresses. Release it with {@link #release(JsRef)} when done.
   */
  public static JsRef construct(JsRef constructor, Object... args) {
    return JsBatch.current().construct(constructor, args);
  }

  /**
   * Records a call that must run once, such as creating an effect, and keeps its result in a slot in
   * each page; later commands use the returned reference instead of calling again.
   */
  public static JsRef bind(JsRef target, String function, Object... args) {
    return JsBatch.current().bind(target, function, args);
  }

  /**
   * Records that the pages may forget a slot made by {@link #bind} or {@link #construct}.
   *
   * @throws IllegalArgumentException when {@code slot} is not a slot reference
   */
  public static void release(JsRef slot) {
    JsBatch.current().release(slot);
  }

  /**
   * Forgets a callback handed to the pages earlier; see {@link JsBatch#release(JsFunction)}.
   */
  public static void release(JsFunction function) {
    JsBatch.current().release(function);
  }

  /**
   * Records raw JavaScript; refused unless the server and every targeted page opted in. See {@link
   * ScriptBuffer} for the rules and the trade-off.
   *
   * @throws IllegalStateException when the server does not allow raw script
   */
  public static void script(ScriptBuffer script) {
    JsBatch.current().script(script);
  }

  /**
   * The batch the {@code with…} block (or listener) running on this thread records into, as an
   * object that can be handed to code on another thread until the block ends.
   *
   * @throws IllegalStateException when no block runs on this thread
   */
  public static JsBatch batch() {
    return JsBatch.current();
  }

  /** A callback to pass as an argument; in the page it becomes a function calling back. */
  public static JsFunction function(JsCallback callback) {
    return new JsFunction(Objects.requireNonNull(callback, "callback == null"));
  }

  /**
   * A callback that stands for {@code listener}, a Java object the caller keeps, in every page:
   * the same listener always becomes the same JavaScript function, so that a page can remove what
   * it added, as {@code removeEventListener(type, listener)} removes what {@code
   * addEventListener(type, listener)} added. Listeners are told apart by {@code equals}; the
   * association does not keep the listener alive. Generated proxies pass every Java callback so.
   */
  public static JsFunction function(Object listener, JsCallback callback) {
    Objects.requireNonNull(listener, "listener == null");
    return JsFunction.forListener(listener, Objects.requireNonNull(callback, "callback == null"));
  }

  /**
   * The proxy of type {@code proxyType} for {@code ref}, made with its public {@code (JsRef)}
   * constructor. Generated lookups such as {@code Dijit.byId(id, Editor.class)} use this.
   *
   * @throws IllegalArgumentException when {@code proxyType} has no such constructor
   */
  public static <T extends JsObject> T wrap(Class<T> proxyType, JsRef ref) {
    Objects.requireNonNull(proxyType, "proxyType == null");
    requireTarget(ref);
    try {
      Constructor<T> constructor = proxyType.getConstructor(JsRef.class);
      return constructor.newInstance(ref);
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new IllegalArgumentException(
          proxyType.getName() + " needs a public constructor taking a JsRef", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "constructor of " + proxyType.getName() + " failed: " + e.getCause(), e.getCause());
    }
  }

  private static JsRef requireTarget(JsRef target) {
    return Objects.requireNonNull(target, "target == null");
  }
}
