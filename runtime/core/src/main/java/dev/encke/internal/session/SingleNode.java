package dev.encke.internal.session;

import dev.encke.spi.Backplane;
import dev.encke.spi.BackplaneNode;
import dev.encke.spi.ShippedBatch;

/** The default {@link Backplane}: a cluster of one node, which ships nothing. Stateless. */
public final class SingleNode implements Backplane {

  public static final SingleNode INSTANCE = new SingleNode();

  private SingleNode() {}

  @Override
  public boolean isClustered() {
    return false;
  }

  @Override
  public void join(BackplaneNode node) {}

  @Override
  public void publish(ShippedBatch batch) {}

  @Override
  public void sessionOpened(String sessionId, String page, String user) {}

  @Override
  public void sessionEnded(String sessionId) {}

  @Override
  public boolean knowsRemoteSession(String sessionId) {
    return false;
  }

  @Override
  public String status() {
    return "in-process";
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "in-process";
  }
}
