package it.app;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;

@JsClass("ticker.Price")
public interface Price {

  /** Shows a new price, in whole cents. */
  @Fluent
  Price update(long cents);
}
