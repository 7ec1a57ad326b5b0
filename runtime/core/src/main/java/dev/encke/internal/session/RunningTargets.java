package dev.encke.internal.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The targets (servers and push recorders) open in this JVM, for {@code Browser}'s static methods. */
public final class RunningTargets {

  private static final List<Targets> RUNNING = new CopyOnWriteArrayList<>();

  private RunningTargets() {}

  static void add(Targets targets) {
    RUNNING.add(targets);
  }

  static void remove(Targets targets) {
    RUNNING.remove(targets);
  }

  /**
   * The one open server or recorder.
   *
   * @throws IllegalStateException when none or several are open
   */
  public static Targets single() {
    List<Targets> running = List.copyOf(RUNNING);
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
