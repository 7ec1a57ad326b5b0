package dev.encke;

import dev.encke.internal.session.CurrentSession;
import dev.encke.internal.session.RunningTargets;
import java.util.Optional;

/**
 * The DWR-style entry point for pushing to pages: proxy calls made inside the runnable are recorded
 * and pushed, as one batch, to the pages the method targets; one message and one write per page.
 *
 * <pre>{@code
 * Browser.withAllSessions(() -> Util.setValue("price", 42));
 * Browser.withPageFiltered("/share.html", s -> s.attribute("watching").isPresent(),
 *     () -> Effect.shake("price"));
 * }</pre>
 *
 * <p>Inside code that handles a message from a page (a {@link dev.encke.js.JsCallback}), proxy calls
 * made outside any {@code with…} block go to that page: it is the current session.
 *
 * <p>These static methods act on the one {@link Encke} server (or {@code PushRecorder}) running in
 * this JVM and fail with {@link IllegalStateException} when none or several run; with several, use
 * the {@link Target} methods of the {@link Encke} instance, which need no static or thread-local
 * state. Safe to call from any thread, never blocking; batches pushed from one thread reach each page
 * in the order they were pushed.
 */
public final class Browser {

  private Browser() {}

  /** Pushes the calls made by {@code calls} to every page. */
  public static void withAllSessions(Runnable calls) {
    RunningTargets.single().allSessions().run(calls);
  }

  /** Pushes the calls made by {@code calls} to every page {@code filter} accepts. */
  public static void withAllSessionsFiltered(ScriptSessionFilter filter, Runnable calls) {
    RunningTargets.single().allSessions().filtered(filter).run(calls);
  }

  /** Pushes the calls made by {@code calls} to every view of the page at {@code path}. */
  public static void withPage(String path, Runnable calls) {
    RunningTargets.single().page(path).run(calls);
  }

  /** Pushes to the views of the page at {@code path} that {@code filter} accepts. */
  public static void withPageFiltered(String path, ScriptSessionFilter filter, Runnable calls) {
    RunningTargets.single().page(path).filtered(filter).run(calls);
  }

  /**
   * Pushes the calls made by {@code calls} to every page the user named {@code name} has open, in
   * every tab: the sessions whose {@link ScriptSession#user()} is that name.
   */
  public static void withUser(String name, Runnable calls) {
    RunningTargets.single().user(name).run(calls);
  }

  /**
   * Pushes the calls made by {@code calls} to one page view.
   *
   * @throws IllegalArgumentException when no session has that id
   */
  public static void withSession(String sessionId, Runnable calls) {
    RunningTargets.single().requireSession(sessionId).run(calls);
  }

  /**
   * The page whose message this thread is handling, inside a {@link dev.encke.js.JsCallback}; empty
   * elsewhere.
   */
  public static Optional<ScriptSession> currentSession() {
    return CurrentSession.get().map(ScriptSession.class::cast);
  }
}
