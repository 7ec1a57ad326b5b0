package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.RadioButton")
public interface RadioButton {

  CompletableFuture<Integer> getSelected();

  @Fluent
  RadioButton setSelected(int selected);
}
