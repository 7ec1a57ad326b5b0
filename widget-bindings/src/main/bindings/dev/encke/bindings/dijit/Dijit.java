package dev.encke.bindings.dijit;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsNamespace;
import dev.encke.binding.Lookup;
import dev.encke.binding.Scripts;

/**
 * Dojo's Dijit widgets, found by id: {@code Dijit.byId("price", Editor.class)}. Pages declare the
 * library {@code dijit} ({@code <meta name="encke-libraries" content="dijit">}) and their widgets
 * in markup ({@code data-dojo-type}). The library loads Dojo 1.17 in AMD mode with its CSP
 * restrictions on, so that it runs under {@code script-src 'self'}, and parses the page's markup
 * before Encke connects: a push never looks for a widget that does not exist yet.
 */
@JsNamespace("dijit")
@Scripts({"/encke/dojo/config.js", "/webjars/dojo/1.17.3/dojo.js"})
@AmdModules({"dijit/_base/manager", "encke-dijit/parse"})
public interface Dijit {

  /**
   * Finds a widget of the page by its id.
   *
   * @param id the widget's id
   */
  @Lookup
  <T extends WidgetBase> T byId(String id, Class<T> type);
}
