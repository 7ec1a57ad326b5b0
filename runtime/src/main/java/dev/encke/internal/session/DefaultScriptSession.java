package dev.encke.internal.session;

import dev.encke.ScriptSession;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Frames;
import java.nio.ByteBuffer;
import java.time.Instant;

/** A page view and its channel. Pushes from any thread are numbered and queued in one order. */
public final class DefaultScriptSession implements ScriptSession {

  private final String id;
  private final String page;
  private final Instant createdAt;
  private final Object lock = new Object();
  private long lastSeq;
  private long lastAcknowledged;
  private Connection connection;

  public DefaultScriptSession(String id, String page, Instant createdAt) {
    this.id = id;
    this.page = page;
    this.createdAt = createdAt;
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

  /** Numbers the batch for this session and queues it; never blocks. */
  public void push(EncodedBatch batch) {
    synchronized (lock) {
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

  @Override
  public String toString() {
    return "ScriptSession{" + page + " " + id + "}";
  }
}
