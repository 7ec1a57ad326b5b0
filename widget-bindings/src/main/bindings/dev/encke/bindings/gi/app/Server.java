package dev.encke.bindings.gi.app;

import dev.encke.binding.JsClass;
import dev.encke.binding.Lookup;

@JsClass("jsx3.app.Server")
public interface Server {

  /**
   * Finds an object of the application by its id, or by its name when no object has that id.
   *
   * @param id the id or name
   */
  @Lookup
  <T extends Model> T getJSXById(String id, Class<T> type);

  /**
   * Finds an object of the application by its name.
   *
   * @param name the name
   */
  @Lookup
  <T extends Model> T getJSXByName(String name, Class<T> type);
}
