package dev.encke.internal.session;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in submission order, on threads of a shared executor; never on the
 * submitting thread, so a host thread that submits never runs user code. A task that throws, even
 * an {@link Error}, ends only itself: the tasks after it run on a fresh thread of the pool, and the
 * failure goes on to that pool's thread as any uncaught failure does.
 */
public final class SerialExecutor implements Executor {

  private final Executor shared;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private boolean running;

  public SerialExecutor(Executor shared) {
    this.shared = shared;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (tasks) {
      tasks.add(task);
      if (running) {
        return;
      }
      running = true;
    }
    shared.execute(this::drain);
  }

  private void drain() {
    boolean drained = false;
    try {
      while (true) {
        Runnable next;
        synchronized (tasks) {
          next = tasks.poll();
          if (next == null) {
            running = false;
            drained = true;
            return;
          }
        }
        next.run();
      }
    } finally {
      if (!drained) {
        handOver();
      }
    }
  }

  /** A task threw: the tasks queued behind it continue on another thread of the pool. */
  private void handOver() {
    try {
      shared.execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (tasks) {
        tasks.clear();
        running = false;
      }
    }
  }
}
