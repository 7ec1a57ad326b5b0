package dev.encke.spi;

import dev.encke.internal.session.SingleNode;

/**
 * What carries pushes between the Encke nodes of a cluster, and what the nodes know of each
 * other's sessions. A node encodes a batch once and publishes it as a {@link ShippedBatch}; every
 * other node receives the same bytes and frames them for the sessions it holds.
 *
 * <p>{@link #inProcess()}, the default, is a cluster of one: it publishes nothing and knows no
 * other node. A Redis implementation lives in {@code encke-redis}.
 *
 * <p>Implementations are thread-safe, and no method blocks: a publish that must cross the network
 * is sent asynchronously. Batches published by one node reach each other node in the order they
 * were published; a node never receives its own.
 */
public interface Backplane extends AutoCloseable {

  /** The cluster of one: nothing is published, no other node is known. */
  static Backplane inProcess() {
    return SingleNode.INSTANCE;
  }

  /**
   * Whether other nodes may exist. When true, filters must be {@link dev.encke.DataFilter}s, for
   * they run on the other nodes too.
   */
  boolean isClustered();

  /** Connects {@code node}: from now on it receives what the other nodes publish. Called once. */
  void join(BackplaneNode node);

  /** Ships {@code batch} to every other node; returns without waiting for the network. */
  void publish(ShippedBatch batch);

  /** Tells the cluster that this node now holds the session {@code sessionId}. */
  void sessionOpened(String sessionId, String page, String user);

  /** Tells the cluster that the session {@code sessionId} has ended. */
  void sessionEnded(String sessionId);

  /**
   * Whether some other node may hold the session {@code sessionId}: false only when this node
   * knows that none does. A backplane still learning the cluster answers true, so that what is
   * meant for a session that exists is not refused.
   */
  boolean knowsRemoteSession(String sessionId);

  /**
   * How this node reaches the others now, for metrics and logs: {@code in-process}, or the
   * backplane's address and whether it is reachable.
   */
  String status();

  /** Leaves the cluster and frees the connections; the node receives nothing more. */
  @Override
  void close();
}
