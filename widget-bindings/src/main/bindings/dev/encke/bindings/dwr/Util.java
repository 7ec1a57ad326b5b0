package dev.encke.bindings.dwr;

import dev.encke.binding.JsNamespace;
import dev.encke.binding.Scripts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * DWR-style DOM utilities: read and write page elements by id, fill lists and tables, style, show
 * and hide, highlight, toasts, and DOM events sent to server listeners. Pages declare the library
 * {@code dwr}: {@code <meta name="encke-libraries" content="dwr">}.
 */
@JsNamespace("dwr.util")
@Scripts("/encke/dwr/util.js")
public interface Util {

  /**
   * Reads the value of the element with the given id: the value of a form field or select, the
   * text of any other element, or for a checkbox or radio button "true" when it is checked and
   * "false" when not.
   */
  CompletableFuture<String> getValue(String id);

  /** Reads the values of several elements at once, as getValue does for each. */
  CompletableFuture<Map<String, String>> getValues(List<String> ids);
}
