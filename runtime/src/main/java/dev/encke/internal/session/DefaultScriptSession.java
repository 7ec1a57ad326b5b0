package dev.encke.internal.session;

import dev.encke.ScriptSession;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.PendingReply;
import dev.encke.js.JsCallback;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A page view and its channel. Pushes from any thread are numbered and queued in one order; the
 * session keeps the callbacks it handed to its page and the replies it waits for, until it ends.
 */
public final class DefaultScriptSession implements ScriptSession {

  private final String id;
  private final String page;
  private final Instant createdAt;
  private final Duration replyTimeout;
  private final SerialExecutor listeners;
  private final Object lock = new Object();
  private final Map<Long, JsCallback> callbacks = new ConcurrentHashMap<>();
  private final Map<Long, PendingReply> replies = new ConcurrentHashMap<>();
  private long lastSeq;
  private long lastAcknowledged;
  private Connection connection;
  private boolean ended;

  public DefaultScriptSession(
      String id, String page, Instant createdAt, Duration replyTimeout, Executor listenerPool) {
    this.id = id;
    this.page = page;
    this.createdAt = createdAt;
    this.replyTimeout = replyTimeout;
    this.listeners = new SerialExecutor(listenerPool);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String page() {
    return page;
  }

  @Override
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean isConnected() {
    synchronized (lock) {
      return connection != null;
    }
  }

  public void attach(Connection connection) {
    synchronized (lock) {
      this.connection = connection;
    }
  }

  public void detach() {
    synchronized (lock) {
      connection = null;
    }
  }

  /**
   * Numbers the batch for this session and queues it, after taking over its callbacks and replies;
   * never blocks.
   */
  public void push(EncodedBatch batch) {
    callbacks.putAll(batch.callbacks());
    for (PendingReply reply : batch.replies()) {
      replies.put(reply.id(), reply);
      reply.future()
          .orTimeout(replyTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .whenComplete((value, failure) -> replies.remove(reply.id()));
    }
    synchronized (lock) {
      if (ended) {
        failReplies(batch.replies());
        return;
      }
      lastSeq++;
      if (connection != null) {
        connection.send(Frames.batch(lastSeq, batch));
      }
    }
  }

  /** Sends a frame outside the numbered sequence, such as an error reply; dropped when offline. */
  public void sendControl(ByteBuffer frame) {
    synchronized (lock) {
      if (connection != null) {
        connection.send(frame);
      }
    }
  }

  /** Records that the page applied every batch up to {@code seq}. */
  public void acknowledge(long seq) {
    synchronized (lock) {
      lastAcknowledged = Math.max(lastAcknowledged, Math.min(seq, lastSeq));
    }
  }

  /** The highest sequence number the page has acknowledged. */
  public long lastAcknowledged() {
    synchronized (lock) {
      return lastAcknowledged;
    }
  }

  /** The callback this session's page was given under {@code id}, if any. */
  public Optional<JsCallback> callback(long id) {
    return Optional.ofNullable(callbacks.get(id));
  }

  /** The reply this session waits for under {@code id}, if any. */
  public Optional<PendingReply> takeReply(long id) {
    return Optional.ofNullable(replies.remove(id));
  }

  /** Runs listener work for this page, one task at a time in arrival order. */
  public Executor listeners() {
    return listeners;
  }

  /** Frees what the session holds: callbacks are dropped and waiting replies fail. */
  public void end() {
    synchronized (lock) {
      ended = true;
      connection = null;
    }
    callbacks.clear();
    failReplies(new ArrayList<>(replies.values()));
    replies.clear();
  }

  private void failReplies(List<PendingReply> pending) {
    for (PendingReply reply : pending) {
      reply.fail(new IllegalStateException(
          "script session " + id + " ended before " + reply + " came back"));
    }
  }

  @Override
  public String toString() {
    return "ScriptSession{" + page + " " + id + "}";
  }
}
