package dev.encke.internal.jetty;

import dev.encke.internal.session.UnexpectedFailures;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The last line of defence of every Encke endpoint: an exception that escapes the handling code is
 * logged, counted and answered with 500 and a reason, never left to Jetty.
 */
final class Guard {

  private Guard() {}

  interface Body {
    void run() throws Exception;
  }

  static void run(Response response, Callback callback, Body body) {
    try {
      body.run();
    } catch (Exception e) {
      UnexpectedFailures.record("an Encke endpoint", e);
      if (!response.isCommitted()) {
        Replies.refuse(response, callback, 500, "internal error: " + e.getClass().getSimpleName());
      } else {
        callback.failed(e);
      }
    }
  }
}
