package com.example.quotes;

import dev.encke.binding.JsNamespace;
import dev.encke.binding.Lookup;
import dev.encke.binding.Scripts;

/**
 * Share-price tickers of the quotes library. Pages declare it: {@code <meta
 * name="encke-libraries" content="quotes">}.
 */
@JsNamespace("quotes")
@Scripts("/quotes/ticker.js")
public interface Quotes {

  /**
   * Finds the ticker shown in the element with the given id.
   *
   * @param id the element's id
   */
  @Lookup
  <T extends Ticker> T byId(String id, Class<T> type);
}
