package dev.encke.internal.protocol;

import dev.encke.js.JsCallback;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands of one {@code Browser.with…} block, encoded once as the UTF-8 bytes of a JSON array
 * and shared, read-only, by every session the block targets; with the callbacks the commands hand to
 * the pages and the values they asked a page to send back.
 */
public final class EncodedBatch {

  private final byte[] operations;
  private final int commandCount;
  private final boolean hasScript;
  private final Map<Long, JsCallback> callbacks;
  private final List<PendingReply> replies;
  private final Releases releases;

  /**
   * Which slot each callback of the batch belongs to (it is forgotten when that slot is released),
   * and the slots and callbacks the batch releases.
   */
  public record Releases(Map<Long, Long> callbackSlots, Set<Long> slots, Set<Long> callbacks) {
    public Releases {
      callbackSlots = callbackSlots.isEmpty() ? Map.of() : Map.copyOf(callbackSlots);
      slots = slots.isEmpty() ? Set.of() : Set.copyOf(slots);
      callbacks = callbacks.isEmpty() ? Set.of() : Set.copyOf(callbacks);
    }
  }

  EncodedBatch(byte[] operations, int commandCount, boolean hasScript,
      Map<Long, JsCallback> callbacks, List<PendingReply> replies, Releases releases) {
    this.operations = operations;
    this.commandCount = commandCount;
    this.hasScript = hasScript;
    this.callbacks = callbacks.isEmpty() ? Map.of() : Map.copyOf(callbacks);
    this.replies = replies.isEmpty() ? List.of() : List.copyOf(replies);
    this.releases = releases;
  }

  /**
   * A batch another node encoded and shipped: its operations as they arrived, with no callbacks,
   * replies or releases, which stay with the node that recorded it.
   */
  public static EncodedBatch received(byte[] operations, int commandCount, boolean hasScript) {
    return new EncodedBatch(operations, commandCount, hasScript, Map.of(), List.of(),
        new Releases(Map.of(), Set.of(), Set.of()));
  }

  /**
   * This batch, shipped from another node, with callbacks and replies that stand for that node's:
   * the same operations.
   */
  public EncodedBatch withRelayed(Map<Long, JsCallback> relayedCallbacks,
      List<PendingReply> relayedReplies) {
    return new EncodedBatch(operations, commandCount, hasScript, relayedCallbacks, relayedReplies,
        releases);
  }

  /** The JSON array of operations; callers must not modify it. */
  public byte[] operations() {
    return operations;
  }

  public int commandCount() {
    return commandCount;
  }

  /** Whether the batch holds raw script, which only pages that opted in may receive. */
  public boolean hasScript() {
    return hasScript;
  }

  /** Whether pushing the batch changes nothing: no command, and nothing released. */
  public boolean isEmpty() {
    return commandCount == 0 && releases.callbacks().isEmpty();
  }

  /** Callbacks by id, which each receiving session keeps until it ends. */
  public Map<Long, JsCallback> callbacks() {
    return callbacks;
  }

  /** What the batch hands out to slots and releases. */
  public Releases releases() {
    return releases;
  }

  /** Values the page is asked to send back; only a single-session batch has any. */
  public List<PendingReply> replies() {
    return replies;
  }

  @Override
  public String toString() {
    return new String(operations, StandardCharsets.UTF_8);
  }
}
