package dev.encke.internal.channel;

import dev.encke.internal.host.Completion;

/**
 * The core's own iterating callback: {@link #process} starts at most one asynchronous write and is
 * called again only when that write completed, however many threads call {@link #iterate}. A write
 * that completes inside {@code process} loops instead of recursing; a call of {@code iterate} while
 * {@code process} runs makes it run once more. Jetty's {@code IteratingCallback} has the same shape;
 * the core cannot use it, as it must not depend on Jetty.
 */
abstract class WriteLoop implements Completion {

  /** What {@link #process} did. */
  enum Action {
    /** Nothing to write now; the next {@link #iterate} calls {@code process} again. */
    IDLE,
    /** A write was started with this loop as its completion. */
    SCHEDULED,
    /** The loop is done; {@code process} is never called again. */
    SUCCEEDED
  }

  private enum State { IDLE, PROCESSING, PENDING, CALLED, DONE }

  private State state = State.IDLE;
  private boolean again;

  /** Writes what there is, with this loop as the completion, or says why not. */
  protected abstract Action process();

  /** A write failed or {@code process} threw; the loop is done. Called once. */
  protected abstract void onFailure(Throwable cause);

  /** Makes the loop process now, unless it is processing or a write is in flight. */
  final void iterate() {
    synchronized (this) {
      if (state == State.PROCESSING) {
        again = true;
        return;
      }
      if (state != State.IDLE) {
        return;
      }
      state = State.PROCESSING;
    }
    processing();
  }

  private void processing() {
    while (true) {
      synchronized (this) {
        again = false;
      }
      Action action;
      try {
        action = process();
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      synchronized (this) {
        if (state == State.DONE) {
          return;
        }
        if (action == Action.SUCCEEDED) {
          state = State.DONE;
          return;
        }
        if (action == Action.SCHEDULED) {
          if (state != State.CALLED) {
            state = State.PENDING;
            return;
          }
          state = State.PROCESSING;
        } else if (!again) {
          state = State.IDLE;
          return;
        }
      }
    }
  }

  @Override
  public final void succeeded() {
    synchronized (this) {
      if (state == State.PROCESSING) {
        state = State.CALLED;
        return;
      }
      if (state != State.PENDING) {
        return;
      }
      state = State.PROCESSING;
    }
    processing();
  }

  @Override
  public final void failed(Throwable cause) {
    fail(cause);
  }

  private void fail(Throwable cause) {
    synchronized (this) {
      if (state == State.DONE) {
        return;
      }
      state = State.DONE;
    }
    onFailure(cause);
  }

  /** Whether the loop has ended; for tests. */
  final synchronized boolean isDone() {
    return state == State.DONE;
  }
}
