package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.TabbedPane")
public interface TabbedPane {

  CompletableFuture<Integer> getSelectedIndex();

  /**
   * Brings a tab to the front; it shows when the pane is painted again.
   *
   * @param index the tab's index, from 0
   */
  @Fluent
  TabbedPane setSelectedIndex(int index);

  /**
   * Brings a tab to the front.
   *
   * @param index the tab's index, from 0
   * @param repaint whether to paint the change at once
   */
  @Fluent
  TabbedPane setSelectedIndex(int index, boolean repaint);

  CompletableFuture<Integer> getTabHeight();

  @Fluent
  TabbedPane setTabHeight(int height);
}
