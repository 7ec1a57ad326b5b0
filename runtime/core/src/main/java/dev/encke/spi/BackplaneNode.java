package dev.encke.spi;

/**
 * One Encke node as its {@link Backplane} sees it: the hub that holds the node's sessions.
 * Thread-safe; {@link #receive} never blocks, so a backplane may call it on its I/O thread.
 */
public interface BackplaneNode {

  /** The node's id, unique in the cluster; {@link ShippedBatch#origin()} of what it publishes. */
  String nodeId();

  /**
   * Delivers a batch another node published to the sessions of this node it chooses, in the
   * order batches are received.
   *
   * @throws IllegalArgumentException quoting the bytes when they are not a shipped batch
   */
  void receive(ShippedBatch batch);

  /**
   * The backplane lost batches meant for this node (its store was restarted, or this node fell
   * further behind than it keeps): every session of the node is told to reload, as nothing can say
   * which of them missed a push.
   */
  void missed(String why);
}
