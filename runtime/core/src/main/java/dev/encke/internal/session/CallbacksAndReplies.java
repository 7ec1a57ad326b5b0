package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.PendingReply;
import dev.encke.js.JsCallback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What one session's page was handed and may answer: the callbacks it may call and the values it
 * was asked to send back (each with a timeout). Every reply future completes on the listener pool,
 * never on the thread that read the page's answer or noticed the timeout, so code chained on it
 * cannot hold up a host thread; and not behind the page's own listeners, so a listener may wait for
 * a value of its page. Thread-safe.
 */
final class CallbacksAndReplies {

  private final String sessionId;
  private final Duration replyTimeout;
  private final Executor completions;
  private final ScheduledExecutorService timer;
  /** Created by the first batch that hands something out: most pages are never handed anything. */
  private volatile Held held;

  /** What the page holds; once created, never replaced, so no update is lost to a race. */
  private static final class Held {
    final Map<Long, JsCallback> callbacks = new ConcurrentHashMap<>();
    final Map<Long, Awaited> replies = new ConcurrentHashMap<>();
    final Map<Long, Set<Long>> callbacksBySlot = new ConcurrentHashMap<>();
  }

  /** A reply on its way back, and the timer that fails it when it takes too long. */
  private record Awaited(PendingReply reply, ScheduledFuture<?> timeout) {}

  CallbacksAndReplies(String sessionId, Duration replyTimeout, Executor completions,
      ScheduledExecutorService timer) {
    this.sessionId = sessionId;
    this.replyTimeout = replyTimeout;
    this.completions = completions;
    this.timer = timer;
  }

  /**
   * Keeps the batch's callbacks and replies, the batch being on its way to the page, and forgets
   * the callbacks it releases, alone or with their slot.
   */
  void keep(EncodedBatch batch) {
    EncodedBatch.Releases releases = batch.releases();
    if (batch.callbacks().isEmpty() && batch.replies().isEmpty()
        && releases.callbackSlots().isEmpty() && releases.slots().isEmpty()
        && releases.callbacks().isEmpty()) {
      return;
    }
    Held kept = held();
    kept.callbacks.putAll(batch.callbacks());
    releases.callbackSlots().forEach((callback, slot) -> kept.callbacksBySlot
        .computeIfAbsent(slot, s -> ConcurrentHashMap.newKeySet()).add(callback));
    for (Long slot : releases.slots()) {
      Set<Long> owned = kept.callbacksBySlot.remove(slot);
      if (owned != null) {
        owned.forEach(kept.callbacks::remove);
      }
    }
    releases.callbacks().forEach(kept.callbacks::remove);
    for (PendingReply reply : batch.replies()) {
      ScheduledFuture<?> timeout = timer.schedule(() -> timedOut(reply.id()),
          replyTimeout.toMillis(), TimeUnit.MILLISECONDS);
      kept.replies.put(reply.id(), new Awaited(reply, timeout));
    }
  }

  private Held held() {
    Held kept = held;
    if (kept == null) {
      synchronized (this) {
        kept = held;
        if (kept == null) {
          kept = new Held();
          held = kept;
        }
      }
    }
    return kept;
  }

  private void timedOut(long id) {
    Awaited awaited = held.replies.remove(id);
    if (awaited != null) {
      settle(() -> awaited.reply().fail(new TimeoutException(awaited.reply()
          + " did not come back from script session " + sessionId + " within " + replyTimeout)));
    }
  }

  /** Forgets what {@link #keep} kept of {@code batch}, which never reaches the page, saying why. */
  void forget(EncodedBatch batch, String why) {
    Held kept = held;
    if (kept == null) {
      return;
    }
    batch.callbacks().keySet().forEach(kept.callbacks::remove);
    List<PendingReply> dropped = new ArrayList<>();
    for (PendingReply reply : batch.replies()) {
      Awaited awaited = kept.replies.remove(reply.id());
      if (awaited != null) {
        awaited.timeout().cancel(false);
        dropped.add(reply);
      }
    }
    fail(dropped, why);
  }

  /** How many callbacks the page holds now. */
  int callbackCount() {
    Held kept = held;
    return kept == null ? 0 : kept.callbacks.size();
  }

  Optional<JsCallback> callback(long id) {
    Held kept = held;
    return kept == null ? Optional.empty() : Optional.ofNullable(kept.callbacks.get(id));
  }

  /**
   * Completes the reply {@code id} with the page's value, or fails it with the page's error.
   *
   * @return false when no reply {@code id} is awaited
   */
  boolean answer(long id, JsonNode value, String error) {
    Held kept = held;
    Awaited awaited = kept == null ? null : kept.replies.remove(id);
    if (awaited == null) {
      return false;
    }
    awaited.timeout().cancel(false);
    PendingReply reply = awaited.reply();
    if (error != null) {
      settle(() -> reply.fail(new IllegalStateException(reply + " failed in the page: " + error)));
    } else {
      settle(() -> reply.complete(value));
    }
    return true;
  }

  /** Forgets the callbacks and fails every reply still awaited. */
  void clear(String why) {
    Held kept = held;
    if (kept == null) {
      return;
    }
    kept.callbacks.clear();
    kept.callbacksBySlot.clear();
    List<PendingReply> pending = new ArrayList<>();
    for (Long id : List.copyOf(kept.replies.keySet())) {
      Awaited awaited = kept.replies.remove(id);
      if (awaited != null) {
        awaited.timeout().cancel(false);
        pending.add(awaited.reply());
      }
    }
    fail(pending, why);
  }

  private void fail(List<PendingReply> pending, String why) {
    for (PendingReply reply : pending) {
      settle(() -> reply.fail(new IllegalStateException(
          "script session " + sessionId + " " + why + " before " + reply + " came back")));
    }
  }

  /** Runs a completion on the listener pool; on the calling thread once the pool has stopped. */
  private void settle(Runnable completion) {
    try {
      completions.execute(completion);
    } catch (RejectedExecutionException stopped) {
      completion.run();
    }
  }
}
