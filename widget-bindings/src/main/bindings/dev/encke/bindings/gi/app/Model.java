package dev.encke.bindings.gi.app;

import dev.encke.binding.JsClass;
import dev.encke.binding.Lookup;

@JsClass("jsx3.app.Model")
public interface Model {

  /**
   * Finds the first object under this one with the given name, looking breadth first.
   *
   * @param name the name
   */
  @Lookup
  <T extends Model> T getDescendantOfName(String name, Class<T> type);
}
