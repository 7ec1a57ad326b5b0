package it.app;

import dev.encke.binding.JsNamespace;
import dev.encke.binding.Lookup;
import dev.encke.binding.Scripts;
import dev.encke.js.JsObject;

/** The ticker library, loaded from /ticker.js. */
@JsNamespace("ticker")
@Scripts("/ticker.js")
public interface Ticker {

  @Lookup
  <T extends JsObject> T byId(String id, Class<T> type);
}
