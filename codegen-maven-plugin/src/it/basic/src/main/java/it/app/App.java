package it.app;

import dev.encke.binding.Scripts;

/** Compiles only if the generated proxies have the shapes the definitions and descriptors say. */
public final class App {

  private App() {}

  public static void update(String id, long cents) {
    Ticker.byId(id, Price.class).update(cents).update(cents + 1);
  }

  public static String script() {
    return Ticker.class.getAnnotation(Scripts.class).value()[0];
  }
}
