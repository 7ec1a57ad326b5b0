package dev.encke.internal.transport;

import dev.encke.Transport;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.session.Connection;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.Outgoing;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * The part every transport shares: pull the next frames from the session, write them, and pull again
 * only when that write completed. So exactly one write is in flight, frames leave in log order, and
 * a push never waits for a socket: it only wakes this connection, whose writing then runs on the
 * server's thread pool, never on the thread that pushed. Pushes that come while a wake-up is queued
 * leave together in its write.
 */
abstract class PullingConnection implements Connection {

  private final DefaultScriptSession session;
  private final Transport transport;
  private final int maxFramesPerWrite;
  private final Executor executor;
  private final Flusher flusher = new Flusher();
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile long lastActivity = System.nanoTime();
  private volatile boolean heartbeatDue;
  private long sentSeq;

  /**
   * @param appliedSeq the last batch the page applied; writing starts after it
   * @param greet whether the first write is a heartbeat, so the page knows the stream flows
   * @param executor where writing runs after a wake-up
   */
  PullingConnection(DefaultScriptSession session, Transport transport, long appliedSeq,
      int maxFramesPerWrite, boolean greet, Executor executor) {
    this.session = session;
    this.executor = executor;
    this.transport = transport;
    this.sentSeq = appliedSeq;
    this.maxFramesPerWrite = maxFramesPerWrite;
    this.heartbeatDue = greet;
  }

  /** Writes {@code frames} as one write, completing {@code callback} when done. */
  protected abstract void write(List<ByteBuffer> frames, Callback callback);

  /** Releases the underlying connection or response; called once. */
  protected abstract void release(String reason);

  DefaultScriptSession session() {
    return session;
  }

  @Override
  public void wake() {
    if (wakeQueued.compareAndSet(false, true)) {
      try {
        executor.execute(this::flush);
      } catch (RejectedExecutionException e) {
        wakeQueued.set(false);
        close("the server is stopping");
      }
    }
  }

  private void flush() {
    wakeQueued.set(false);
    flusher.iterate();
  }

  @Override
  public void writeNow() {
    flusher.iterate();
  }

  @Override
  public void heartbeat() {
    heartbeatDue = true;
    wake();
  }

  @Override
  public long lastActivity() {
    return lastActivity;
  }

  /** Notes traffic from the page on this connection. */
  void touch() {
    lastActivity = System.nanoTime();
  }

  @Override
  public Transport transport() {
    return transport;
  }

  boolean isClosed() {
    return closed.get();
  }

  @Override
  public final void close(String reason) {
    if (closed.compareAndSet(false, true)) {
      session.detach(this);
      release(reason);
    }
  }

  private final class Flusher extends IteratingCallback {
    @Override
    protected Action process() {
      if (closed.get()) {
        return Action.SUCCEEDED;
      }
      Outgoing outgoing = session.outgoing(PullingConnection.this, sentSeq, maxFramesPerWrite);
      if (outgoing == null) {
        PullingConnection.this.close("no longer the session's connection");
        return Action.SUCCEEDED;
      }
      List<ByteBuffer> frames;
      if (!outgoing.isEmpty()) {
        frames = outgoing.frames();
      } else if (heartbeatDue) {
        frames = List.of(Frames.heartbeat());
      } else {
        return Action.IDLE;
      }
      heartbeatDue = false;
      sentSeq = outgoing.lastSeq();
      lastActivity = System.nanoTime();
      write(frames, this);
      return Action.SCHEDULED;
    }

    @Override
    protected void onCompleteFailure(Throwable cause) {
      PullingConnection.this.close("write failed: " + cause);
    }
  }

  @Override
  public String toString() {
    return transport + " connection of " + session;
  }
}
