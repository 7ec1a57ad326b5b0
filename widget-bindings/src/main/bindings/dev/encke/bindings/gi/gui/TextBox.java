package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.TextBox")
public interface TextBox {

  CompletableFuture<Integer> getMaxLength();

  @Fluent
  TextBox setMaxLength(int maxLength);

  CompletableFuture<Integer> getReadonly();

  void setReadonly(int readonly);

  CompletableFuture<Integer> getType();

  @Fluent
  TextBox setType(int type);
}
