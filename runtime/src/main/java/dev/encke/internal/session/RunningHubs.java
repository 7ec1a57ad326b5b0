package dev.encke.internal.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The hubs (servers and push recorders) open in this JVM, for {@code Browser}'s static methods. */
public final class RunningHubs {

  private static final List<SessionHub> RUNNING = new CopyOnWriteArrayList<>();

  private RunningHubs() {}

  static void add(SessionHub hub) {
    RUNNING.add(hub);
  }

  static void remove(SessionHub hub) {
    RUNNING.remove(hub);
  }

  /**
   * The one open hub.
   *
   * @throws IllegalStateException when none or several are open
   */
  public static SessionHub single() {
    List<SessionHub> running = List.copyOf(RUNNING);
    if (running.size() == 1) {
      return running.get(0);
    }
    if (running.isEmpty()) {
      throw new IllegalStateException(
          "no Encke server is running: start one with Encke.builder().start()");
    }
    throw new IllegalStateException(
        running.size() + " Encke servers are running " + running
            + ": call allSessions(), page(…) or session(…) on the Encke instance you mean");
  }
}
