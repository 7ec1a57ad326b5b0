package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.Dialog")
public interface Dialog {

  void doToggleState(int state);

  CompletableFuture<Integer> getWindowState();

  @Fluent
  Dialog setWindowState(int state);

  CompletableFuture<Integer> getModal();

  @Fluent
  Dialog setModal(int modal);
}
