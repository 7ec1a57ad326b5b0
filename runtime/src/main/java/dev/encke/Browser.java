package dev.encke;

import dev.encke.internal.jetty.RunningServers;

/**
 * The DWR-style entry point for pushing to pages: proxy calls made inside the runnable are recorded and
 * pushed, as one batch, to the pages the method targets.
 *
 * <pre>{@code
 * Browser.withAllSessions(() -> Util.setValue("price", 42));
 * }</pre>
 *
 * <p>These static methods act on the one {@link Encke} server running in this JVM and fail with
 * {@link IllegalStateException} when none or several run; with several, call the same methods on the
 * {@link Encke} instance. Safe to call from any thread; batches pushed from one thread reach each page
 * in the order they were pushed.
 */
public final class Browser {

  private Browser() {}

  /** Pushes the calls made by {@code calls} to every page connected to the server. */
  public static void withAllSessions(Runnable calls) {
    RunningServers.single().withAllSessions(calls);
  }

  /**
   * Pushes the calls made by {@code calls} to one page view.
   *
   * @throws IllegalArgumentException when no session has that id
   */
  public static void withSession(String sessionId, Runnable calls) {
    RunningServers.single().withSession(sessionId, calls);
  }
}
