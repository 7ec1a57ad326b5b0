package dev.encke.bindings.gi;

import dev.encke.binding.JsName;
import dev.encke.binding.JsNamespace;
import dev.encke.bindings.gi.app.Server;

/**
 * TIBCO General Interface, as the talk drives it: {@code GI.getServer("app").getJSXById("buy",
 * Button.class).setEnabled(Form.STATEDISABLED, true)}. GI is not on any package registry: pages
 * load it as GI's deployment describes, and these calls work once it runs.
 */
@JsNamespace("jsx3")
public interface GI {

  /**
   * The application running under a namespace.
   *
   * @param namespace the application's namespace, as set in its deployment
   */
  @JsName("getApp")
  Server getServer(String namespace);
}
