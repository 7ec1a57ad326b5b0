package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.session.UnexpectedFailures;

/**
 * The last line of defence of every channel endpoint: an exception that escapes the handling code
 * is logged, counted and answered with 500 and a reason, never left to the host.
 */
final class Guard {

  private Guard() {}

  interface Body {
    void run() throws Exception;
  }

  static void run(HttpExchange exchange, Body body) {
    try {
      body.run();
    } catch (Exception e) {
      UnexpectedFailures.record("an Encke endpoint", e);
      if (!exchange.isCommitted()) {
        JsonResponses.refuse(exchange, 500, "internal error: " + e.getClass().getSimpleName());
      } else {
        exchange.abort(e);
      }
    }
  }
}
