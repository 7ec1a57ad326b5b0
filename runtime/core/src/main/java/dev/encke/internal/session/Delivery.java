package dev.encke.internal.session;

import dev.encke.ScriptSession;
import dev.encke.internal.protocol.EncodedBatch;
import java.util.List;

/**
 * Where a target's batch goes once it is encoded. The hub delivers to the sessions it holds; a
 * backplane would ship the batch's bytes with the selection to every node, each delivering to its
 * own. Thread-safe; never blocks.
 */
public interface Delivery {

  /** Whether raw script may be recorded at all. */
  boolean rawScriptAllowed();

  /** The sessions {@code selection} chooses now, among those this process holds. */
  List<ScriptSession> sessions(Selection selection);

  /**
   * Pushes {@code batch}, encoded once, to every session {@code selection} chooses.
   *
   * @throws IllegalStateException when the batch holds raw script and a chosen page did not allow
   *     it; nothing is pushed then
   */
  void deliver(Selection selection, EncodedBatch batch);
}
