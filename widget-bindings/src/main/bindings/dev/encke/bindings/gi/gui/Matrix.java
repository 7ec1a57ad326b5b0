package dev.encke.bindings.gi.gui;

import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.Matrix")
public interface Matrix {

  void redrawRecord(String recordId, int action);

  CompletableFuture<Integer> getSelectionModel();

  void setSelectionModel(int model);
}
