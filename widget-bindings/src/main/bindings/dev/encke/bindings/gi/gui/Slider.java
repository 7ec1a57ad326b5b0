package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.Slider")
public interface Slider {

  CompletableFuture<Integer> getOrientation();

  @Fluent
  Slider setOrientation(int orientation);

  /**
   * Sets the length of the slider's track; it shows when the slider is painted again.
   *
   * @param length the length in pixels
   */
  @Fluent
  Slider setLength(int length);

  /**
   * Sets the length of the slider's track.
   *
   * @param length the length in pixels
   * @param repaint whether to paint the change at once
   */
  @Fluent
  Slider setLength(int length, boolean repaint);
}
