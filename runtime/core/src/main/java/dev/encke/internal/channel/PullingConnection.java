package dev.encke.internal.channel;

import dev.encke.Transport;
import dev.encke.internal.host.Completion;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.session.Connection;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.Outgoing;
import dev.encke.internal.session.WakeGroup;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The part every transport shares: pull the next frames from the session, write them, and pull again
 * only when that write completed. So exactly one write is in flight, frames leave in log order, and
 * a push never waits for a socket: it wakes this connection, whose writing then runs on the host's
 * thread pool, in one pool task with up to {@link WakeGroup}'s others for a delivery to many
 * pages; a push to this page alone finding it idle starts the write on the pushing thread, which
 * only begins an asynchronous write. Pushes that come while a wake-up is queued or a write is in
 * flight leave together in the next write. Closing, from any thread, ends the connection inside the same loop,
 * after the write in flight, so that no write ever overlaps the end.
 */
public abstract class PullingConnection implements Connection {

  /** Field handles rather than atomic objects: thousands of idle connections each save two. */
  private static final VarHandle WAKE_QUEUED;
  private static final VarHandle CLOSING;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      WAKE_QUEUED = lookup.findVarHandle(PullingConnection.class, "wakeQueued", boolean.class);
      CLOSING = lookup.findVarHandle(PullingConnection.class, "closing", String.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final DefaultScriptSession session;
  private final Transport transport;
  private final int maxFramesPerWrite;
  private final Executor executor;
  private final Flusher flusher = new Flusher();
  private volatile boolean wakeQueued;
  /** Why the connection closes, once it does. */
  private volatile String closing;
  private volatile long lastActivity = System.nanoTime();
  private volatile boolean heartbeatDue;
  private long sentSeq;

  /**
   * @param appliedSeq the last batch the page applied; writing starts after it
   * @param greet whether the first write is a heartbeat, so the page knows the stream flows
   * @param executor where writing runs after a wake-up
   */
  protected PullingConnection(DefaultScriptSession session, Transport transport, long appliedSeq,
      int maxFramesPerWrite, boolean greet, Executor executor) {
    this.session = session;
    this.executor = executor;
    this.transport = transport;
    this.sentSeq = appliedSeq;
    this.maxFramesPerWrite = maxFramesPerWrite;
    this.heartbeatDue = greet;
  }

  /** Writes {@code frames} as one write, completing {@code done} when it is written. */
  protected abstract void write(List<ByteBuffer> frames, Completion done);

  /** Ends the underlying response or socket in order; no write is in flight. Called once. */
  protected abstract void end(String reason);

  /** Ends it abnormally after a write failed; no write is in flight. Called once. */
  protected abstract void abort(Throwable cause);

  protected DefaultScriptSession session() {
    return session;
  }

  @Override
  public void wake() {
    if (WAKE_QUEUED.compareAndSet(this, false, true)) {
      try {
        executor.execute(this::flush);
      } catch (RejectedExecutionException e) {
        wakeQueued = false;
        close("the server is stopping");
      }
    }
  }

  @Override
  public void wake(WakeGroup group) {
    if (WAKE_QUEUED.compareAndSet(this, false, true)) {
      group.add(executor, this);
    }
  }

  @Override
  public void wakeInline() {
    if (!wakeQueued) {
      flusher.iterate();
    }
  }

  private void flush() {
    wakeQueued = false;
    flusher.iterate();
  }

  /**
   * Writes on the calling thread. A wake-up queued meanwhile stays queued and then finds nothing
   * more to write; one that comes after this started queues its own.
   */
  @Override
  public void writeNow() {
    wakeQueued = false;
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
  protected void touch() {
    lastActivity = System.nanoTime();
  }

  @Override
  public Transport transport() {
    return transport;
  }

  /** Closes the connection once the write in flight, if any, completed; from any thread. */
  @Override
  public final void close(String reason) {
    if (CLOSING.compareAndSet(this, null, reason)) {
      session.detach(this);
      flusher.iterate();
    }
  }

  private final class Flusher extends WriteLoop {
    @Override
    protected Action process() {
      String reason = closing;
      if (reason != null) {
        end(reason);
        return Action.SUCCEEDED;
      }
      Outgoing outgoing = session.outgoing(PullingConnection.this, sentSeq, maxFramesPerWrite);
      if (outgoing == null) {
        close("no longer the session's connection");
        end(closing);
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
    protected void onFailure(Throwable cause) {
      if (CLOSING.compareAndSet(PullingConnection.this, null, "write failed: " + cause)) {
        session.detach(PullingConnection.this);
      }
      abort(cause);
    }
  }

  @Override
  public String toString() {
    return transport + " connection of " + session;
  }
}
