package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;

@JsClass("jsx3.gui.TextBox")
public interface TextBox {

  /**
   * Sets the text in the field.
   *
   * @param value the new text
   */
  @Fluent
  TextBox setValue(String value);
}
