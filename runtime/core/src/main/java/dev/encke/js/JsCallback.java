package dev.encke.js;

/**
 * Server code that a page calls back, for example when a widget fires an event. Pass it to a call
 * with {@link Js#function(JsCallback)}.
 *
 * <p>Runs on Encke's event thread pool, never on a Jetty thread, with the calling page as the
 * target of proxy calls made inside it: such calls answer that page only. Calls from one page run
 * one at a time, in the order the page made them.
 */
@FunctionalInterface
public interface JsCallback {

  /** Handles one call from a page. */
  void invoke(JsArguments arguments);
}
