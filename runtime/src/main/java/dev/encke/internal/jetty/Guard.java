package dev.encke.internal.jetty;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence of every Encke endpoint: an exception that escapes the handling code is
 * logged, counted and answered with 500 and a reason, never left to Jetty.
 */
final class Guard {

  private static final Logger LOG = LoggerFactory.getLogger(Guard.class);
  private static final AtomicLong UNEXPECTED = new AtomicLong();

  private Guard() {}

  interface Body {
    void run() throws Exception;
  }

  static void run(Response response, Callback callback, Body body) {
    try {
      body.run();
    } catch (Exception e) {
      UNEXPECTED.incrementAndGet();
      LOG.error("Encke endpoint failed", e);
      if (!response.isCommitted()) {
        Replies.refuse(response, callback, 500, "internal error: " + e.getClass().getSimpleName());
      } else {
        callback.failed(e);
      }
    }
  }

  /** Exceptions that escaped handling code since the JVM started; tests expect none. */
  static long unexpectedFailures() {
    return UNEXPECTED.get();
  }
}
