package dev.encke.bindings.gi;

import dev.encke.binding.JsName;
import dev.encke.binding.JsNamespace;
import dev.encke.bindings.gi.app.Server;

/**
 * TIBCO General Interface, as the talk drives it:
 *
 * <pre>{@code
 * String id = ...; // the id GI gave the button, as Model.getId() tells it
 * GI.getServer("app").getJSXById(id, Button.class).setEnabled(Form.STATEDISABLED, true);
 * GI.getServer("app").getJSXByName("buy", Button.class).setEnabled(Form.STATEDISABLED, true);
 * }</pre>
 *
 * <p>GI is on no package registry: a page loads it as a GI deployment does and declares the
 * library {@code gi} ({@code <meta name="encke-libraries" content="gi">}), Encke's own small
 * script, which holds the page's hello until GI has painted its applications, so that no call
 * arrives before the objects it names exist.
 */
@JsNamespace("jsx3")
public interface GI {

  /**
   * The application running under a namespace.
   *
   * @param namespace the application's namespace, as its config.xml sets it
   */
  @JsName("getApp")
  Server getServer(String namespace);
}
