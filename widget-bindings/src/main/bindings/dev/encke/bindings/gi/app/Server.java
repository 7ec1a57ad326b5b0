package dev.encke.bindings.gi.app;

import dev.encke.binding.JsClass;
import dev.encke.binding.Lookup;
import dev.encke.bindings.gi.gui.Block;
import java.util.concurrent.CompletableFuture;

/**
 * A GI application ({@code jsx3.app.Server}): it owns a DOM of GI objects and finds them. GI
 * gives every object an id of its own when it creates it ({@code _jsx_0_4}); the name is the one
 * its component file gave it. So {@code getJSXById} takes the id GI gave, which a page tells with
 * {@link Model#getId()}, {@code getJSXByName} the name, and {@code getJSX} either. Ids follow the
 * order GI creates objects in, so pages that load the same components in the same order give the
 * same ids; a name says the same in every page.
 */
@JsClass("jsx3.app.Server")
public interface Server {

  /**
   * Finds an object of the application by the id GI gave it, such as {@code _jsx_0_4}. A name is
   * not an id: {@code getJSXById("buy")} finds nothing for an object named {@code buy}.
   *
   * @param id the id GI gave the object
   */
  @Lookup
  <T extends Model> T getJSXById(String id, Class<T> type);

  /**
   * Finds an object of the application by its name; the first when several have it.
   *
   * @param name the object's name
   */
  @Lookup
  <T extends Model> T getJSXByName(String name, Class<T> type);

  /**
   * Finds an object of the application by the id GI gave it or, when no object has that id, by
   * its name.
   *
   * @param idOrName the id GI gave the object, or its name
   */
  @Lookup
  <T extends Model> T getJSX(String idOrName, Class<T> type);

  /**
   * A setting of the application's deployment, such as {@code namespace} or {@code caption}.
   *
   * @param key the setting's name
   */
  CompletableFuture<String> getEnv(String key);

  /** The block every top-level object of the application is painted in. */
  Block getBodyBlock();
}
