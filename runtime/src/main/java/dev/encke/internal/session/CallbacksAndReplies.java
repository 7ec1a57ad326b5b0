package dev.encke.internal.session;

import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.PendingReply;
import dev.encke.js.JsCallback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What one session's page was handed and may answer: the callbacks it may call and the values it
 * was asked to send back (each with a timeout). Thread-safe.
 */
final class CallbacksAndReplies {

  private final String sessionId;
  private final Duration replyTimeout;
  private final Map<Long, JsCallback> callbacks = new ConcurrentHashMap<>();
  private final Map<Long, PendingReply> replies = new ConcurrentHashMap<>();

  CallbacksAndReplies(String sessionId, Duration replyTimeout) {
    this.sessionId = sessionId;
    this.replyTimeout = replyTimeout;
  }

  /** Keeps the batch's callbacks and replies: the batch is on its way to the page. */
  void keep(EncodedBatch batch) {
    callbacks.putAll(batch.callbacks());
    for (PendingReply reply : batch.replies()) {
      replies.put(reply.id(), reply);
      reply.future()
          .orTimeout(replyTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .whenComplete((value, failure) -> replies.remove(reply.id()));
    }
  }

  /** Forgets what {@link #keep} kept of {@code batch}, which never reaches the page, saying why. */
  void forget(EncodedBatch batch, String why) {
    batch.callbacks().keySet().forEach(callbacks::remove);
    batch.replies().forEach(reply -> replies.remove(reply.id()));
    fail(batch.replies(), why);
  }

  Optional<JsCallback> callback(long id) {
    return Optional.ofNullable(callbacks.get(id));
  }

  Optional<PendingReply> takeReply(long id) {
    return Optional.ofNullable(replies.remove(id));
  }

  /** Fails {@code pending}, which will never come back, saying why. */
  void fail(List<PendingReply> pending, String why) {
    for (PendingReply reply : pending) {
      reply.fail(new IllegalStateException(
          "script session " + sessionId + " " + why + " before " + reply + " came back"));
    }
  }

  /** Forgets the callbacks and fails every reply still awaited. */
  void clear(String why) {
    callbacks.clear();
    fail(new ArrayList<>(replies.values()), why);
    replies.clear();
  }
}
