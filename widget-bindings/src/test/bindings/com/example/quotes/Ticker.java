package com.example.quotes;

import dev.encke.binding.JsClass;
import dev.encke.binding.JsProperty;
import java.util.concurrent.CompletableFuture;

// Decimals are whole numbers: int rather than the double JavaScript's number would give.
@JsClass("quotes.Ticker")
public interface Ticker {

  @JsProperty
  CompletableFuture<Integer> getDecimals();

  @JsProperty
  void setDecimals(int decimals);
}
