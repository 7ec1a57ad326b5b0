package dev.encke.js;

import dev.encke.internal.protocol.Recording;

/**
 * What generated widget proxies stand on: each method records one command into the batch of the
 * enclosing {@code Browser.with…} block. Commands are data; arguments are encoded as JSON and arrive
 * in the page as values, never as script.
 *
 * <p>Call these only inside a {@code Browser.with…} block, on the thread that runs it.
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
    Recording.current().call(target, JsRef.requireIdentifier(function), args);
  }
}
