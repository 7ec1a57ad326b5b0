package dev.encke.internal.session;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exceptions that escaped the code handling a request or a frame: logged and counted, never left
 * to Jetty. A correct server has none, whatever it is sent; the fuzz test checks the count.
 */
public final class UnexpectedFailures {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);
  private static final AtomicLong COUNT = new AtomicLong();

  private UnexpectedFailures() {}

  public static void record(String where, Throwable failure) {
    COUNT.incrementAndGet();
    LOG.error("unexpected failure in {}", where, failure);
  }

  /** How many there were since the JVM started. */
  public static long count() {
    return COUNT.get();
  }
}
