package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.Select")
public interface Select {

  CompletableFuture<Integer> getType();

  @Fluent
  Select setType(int type);
}
