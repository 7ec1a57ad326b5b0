package dev.encke.internal.session;

import dev.encke.spi.Backplane;
import dev.encke.spi.BackplaneNode;
import dev.encke.spi.ShippedBatch;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Backplanes of hubs in one test JVM joined by memory: what one node publishes the others receive
 * on the publishing thread, in order. A stand-in for a cluster in unit tests of the hub's side of
 * the SPI; the real backplane (Redis) has tests of its own.
 */
final class MemoryBus {

  private final List<BackplaneNode> nodes = new CopyOnWriteArrayList<>();
  private final Map<String, String> directory = new ConcurrentHashMap<>();
  private final List<ShippedBatch> published = new CopyOnWriteArrayList<>();

  /** A backplane for one more node of this bus. */
  Backplane backplane() {
    return new Member();
  }

  /** Every batch published on the bus, in order. */
  List<ShippedBatch> published() {
    return published;
  }

  /** Tells every node it lost batches, as a restarted store would. */
  void lose(String why) {
    nodes.forEach(node -> node.missed(why));
  }

  private final class Member implements Backplane {
    private BackplaneNode self;

    @Override
    public boolean isClustered() {
      return true;
    }

    @Override
    public void join(BackplaneNode node) {
      self = node;
      nodes.add(node);
    }

    @Override
    public void publish(ShippedBatch batch) {
      published.add(batch);
      for (BackplaneNode node : nodes) {
        if (node != self) {
          node.receive(batch);
        }
      }
    }

    @Override
    public void sessionOpened(String sessionId, String page, String user) {
      directory.put(sessionId, self.nodeId());
    }

    @Override
    public void sessionEnded(String sessionId) {
      directory.remove(sessionId);
    }

    @Override
    public boolean knowsRemoteSession(String sessionId) {
      String holder = directory.get(sessionId);
      return holder != null && !holder.equals(self.nodeId());
    }

    @Override
    public String status() {
      return "memory bus of " + nodes.size() + " nodes";
    }

    @Override
    public void close() {
      nodes.remove(self);
    }
  }
}
