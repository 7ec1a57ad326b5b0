package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

// GI's states are ints (STATEENABLED, REQUIRED, ...), not JavaScript's doubles.
@JsClass("jsx3.gui.Form")
public interface Form {

  /**
   * Enables or disables the control; the change shows when the control is painted again.
   *
   * @param state {@code STATEENABLED} or {@code STATEDISABLED}
   */
  @Fluent
  Form setEnabled(int state);

  /**
   * Enables or disables the control. Disabled and repainted, it is greyed and GI drops its event
   * handlers, so the user's clicks no longer reach it.
   *
   * @param state {@code STATEENABLED} or {@code STATEDISABLED}
   * @param repaint whether to paint the change at once
   */
  @Fluent
  Form setEnabled(int state, boolean repaint);

  CompletableFuture<Integer> getEnabled();

  CompletableFuture<Integer> getRequired();

  @Fluent
  Form setRequired(int required);

  CompletableFuture<Integer> getValidationState();
}
