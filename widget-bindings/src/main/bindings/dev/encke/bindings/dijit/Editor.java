package dev.encke.bindings.dijit;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsClass;
import dev.encke.binding.JsName;
import dev.encke.binding.LeadingArguments;
import java.util.function.Consumer;

// encke-dijit/csp fills the editor's iframe without the javascript: URL and inline handler that
// script-src 'self' blocks.
@JsClass("dijit.Editor")
@AmdModules({"encke-dijit/csp", "dijit/Editor"})
public interface Editor {

  /**
   * Calls a server listener each time the user changes the text and leaves the editor. The
   * listener runs with the page as the target of the calls it makes.
   *
   * @param listener called with the new text, as HTML
   */
  @JsName("on")
  @LeadingArguments("change")
  void onChange(Consumer<String> listener);
}
