package dev.encke.internal.jetty;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The servers started in this JVM and not yet closed, for {@code Browser}'s static methods. */
public final class RunningServers {

  private static final List<EnckeServer> RUNNING = new CopyOnWriteArrayList<>();

  private RunningServers() {}

  static void add(EnckeServer server) {
    RUNNING.add(server);
  }

  static void remove(EnckeServer server) {
    RUNNING.remove(server);
  }

  /**
   * The one running server.
   *
   * @throws IllegalStateException when none or several run
   */
  public static EnckeServer single() {
    List<EnckeServer> running = List.copyOf(RUNNING);
    if (running.size() == 1) {
      return running.get(0);
    }
    if (running.isEmpty()) {
      throw new IllegalStateException(
          "no Encke server is running: start one with Encke.builder().start()");
    }
    throw new IllegalStateException(
        running.size()
            + " Encke servers are running "
            + running
            + ": call withAllSessions(…) on the Encke instance you mean");
  }
}
