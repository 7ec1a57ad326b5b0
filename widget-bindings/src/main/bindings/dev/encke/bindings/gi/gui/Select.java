package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;

@JsClass("jsx3.gui.Select")
public interface Select {

  /**
   * Picks the option of the record with the given jsxid.
   *
   * @param recordId the record's jsxid
   */
  @Fluent
  Select setValue(String recordId);
}
