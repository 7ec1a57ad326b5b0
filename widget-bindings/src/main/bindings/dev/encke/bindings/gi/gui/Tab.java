package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.Tab")
public interface Tab {

  CompletableFuture<Integer> getEnabled();

  @Fluent
  Tab setEnabled(int state);
}
