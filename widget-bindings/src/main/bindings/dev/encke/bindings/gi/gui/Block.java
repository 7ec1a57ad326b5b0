package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;

@JsClass("jsx3.gui.Block")
public interface Block {

  /**
   * Sets the text of the block, as HTML: GI paints it as markup, so escape text you did not
   * write. The change shows when the block is painted again.
   *
   * @param text the new text
   */
  @Fluent
  Block setText(String text);

  /**
   * Sets the text of the block, as HTML: GI paints it as markup, so escape text you did not
   * write.
   *
   * @param text the new text
   * @param repaint whether to paint the change at once
   */
  @Fluent
  Block setText(String text, boolean repaint);
}
