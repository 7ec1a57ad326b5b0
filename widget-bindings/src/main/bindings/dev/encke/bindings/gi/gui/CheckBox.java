package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.CheckBox")
public interface CheckBox {

  CompletableFuture<Integer> getChecked();

  @Fluent
  CheckBox setChecked(int checked);

  CompletableFuture<Integer> getValue();
}
