package dev.encke.bindings.dijit;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsNamespace;
import dev.encke.binding.Lookup;

/** The registry of the page's widgets, the AMD module {@code dijit/registry}. */
@JsNamespace("dijit.registry")
@AmdModules("dijit/registry")
public interface Registry {

  /**
   * Finds a widget of the page by its id.
   *
   * @param id the widget's id
   */
  @Lookup
  <T extends WidgetBase> T byId(String id, Class<T> type);
}
