package dev.encke.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The connections one delivery wakes, handed to their writers' pool {@value #SIZE} at a time: a
 * broadcast to 9,000 pages queues about 280 pool tasks, not 9,000, and each task writes its
 * connections one after the other, every write asynchronous. Each connection joins at most once,
 * and only when no wake-up of its own is queued, so a connection never writes twice for one wake.
 * Used by one thread, the one delivering; {@link #release} hands over the last group.
 */
public final class WakeGroup {

  /** Connections written by one pool task. */
  public static final int SIZE = 32;

  private Executor writers;
  private List<Connection> members;

  /**
   * Adds {@code connection}, whose wake-up the caller claimed, to be written on {@code pool}; a
   * full group, or one for another pool, is handed over first.
   */
  public void add(Executor pool, Connection connection) {
    if (members != null && (pool != writers || members.size() == SIZE)) {
      release();
    }
    if (members == null) {
      members = new ArrayList<>(SIZE);
      writers = pool;
    }
    members.add(connection);
  }

  /** Hands the connections gathered since the last group to their pool. */
  void release() {
    List<Connection> group = members;
    if (group == null) {
      return;
    }
    members = null;
    try {
      writers.execute(() -> writeAll(group));
    } catch (RejectedExecutionException e) {
      for (Connection connection : group) {
        connection.close("the server is stopping");
      }
    }
  }

  private static void writeAll(List<Connection> group) {
    for (Connection connection : group) {
      connection.writeNow();
    }
  }
}
