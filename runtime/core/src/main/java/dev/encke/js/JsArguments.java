package dev.encke.js;

import dev.encke.ScriptSession;

/**
 * The arguments a page passed to a {@link JsCallback}, as the page sent them: primitives and plain
 * objects as JSON; DOM events and elements as plain projections ({@code type}, {@code id}, {@code
 * value}, …).
 */
public interface JsArguments {

  /** How many arguments the page passed. */
  int size();

  /**
   * Argument {@code index} converted to {@code type}; {@code null} when the page passed fewer.
   *
   * @throws IllegalArgumentException when the value does not convert to {@code type}
   */
  <T> T get(int index, Class<T> type);

  /** The page that called. */
  ScriptSession session();
}
