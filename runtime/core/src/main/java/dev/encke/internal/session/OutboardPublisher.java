package dev.encke.internal.session;

import dev.encke.Publisher;
import dev.encke.Target;
import dev.encke.spi.Backplane;
import java.util.Objects;

/**
 * A {@link Publisher}: a hub that holds no session, so that everything it is asked to push goes
 * through the backplane, and values and events come back to it by the same way. Thread-safe.
 */
public final class OutboardPublisher implements Publisher {

  private final SessionHub hub;

  private OutboardPublisher(SessionHub hub) {
    this.hub = hub;
  }

  public static OutboardPublisher open(Backplane backplane) {
    Objects.requireNonNull(backplane, "backplane == null");
    if (!backplane.isClustered()) {
      throw new IllegalArgumentException("a publisher needs a backplane to other nodes, not "
          + backplane + ": there is no page in this process to push to");
    }
    return new OutboardPublisher(SessionHub.open(SessionSettings.builder().backplane(backplane)
        .build(), "publisher"));
  }

  @Override
  public Target allSessions() {
    return hub.allSessions();
  }

  @Override
  public Target page(String path) {
    return hub.page(path);
  }

  @Override
  public Target session(String sessionId) {
    return hub.session(sessionId);
  }

  @Override
  public Target user(String name) {
    return hub.user(name);
  }

  @Override
  public void close() {
    hub.close();
  }

  @Override
  public String toString() {
    return "Publisher{" + hub.nodeId() + "}";
  }
}
