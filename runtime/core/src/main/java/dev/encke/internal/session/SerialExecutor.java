package dev.encke.internal.session;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in submission order, on threads of a shared executor; never on the
 * submitting thread, so a host thread that submits never runs user code. A task that throws, even
 * an {@link Error}, ends only itself: the tasks after it run on a fresh thread of the pool, and the
 * failure goes on to that pool's thread as any uncaught failure does.
 *
 * <p>Fair to the others sharing the pool: it holds at most one place in the pool's queue, and after
 * {@value #TURN} tasks in a row it gives its thread up and queues again behind the others, so a
 * page that floods its listeners delays only itself. {@link #tryExecute} refuses a task when too
 * many wait already.
 */
public final class SerialExecutor implements Executor {

  /** Tasks run in a row before the others sharing the pool get their turn. */
  static final int TURN = 16;

  private final Executor shared;
  /** Guarded by {@code this}; {@code null} while nothing waits, as for most pages most of the time. */
  private ArrayDeque<Runnable> tasks;
  private boolean running;

  public SerialExecutor(Executor shared) {
    this.shared = shared;
  }

  @Override
  public void execute(Runnable task) {
    enqueue(task, Integer.MAX_VALUE);
  }

  /** Runs {@code task} after the others unless {@code limit} tasks wait already; whether queued. */
  public boolean tryExecute(Runnable task, int limit) {
    return enqueue(task, limit);
  }

  private boolean enqueue(Runnable task, int limit) {
    synchronized (this) {
      if (tasks == null) {
        tasks = new ArrayDeque<>(4);
      }
      if (tasks.size() >= limit) {
        return false;
      }
      tasks.add(task);
      if (running) {
        return true;
      }
      running = true;
    }
    shared.execute(this::drain);
    return true;
  }

  private void drain() {
    boolean handedOver = false;
    try {
      for (int ran = 0; ; ran++) {
        if (ran == TURN) {
          handedOver = true;
          requeue();
          return;
        }
        Runnable next;
        synchronized (this) {
          next = tasks == null ? null : tasks.poll();
          if (next == null) {
            tasks = null;
            running = false;
            handedOver = true;
            return;
          }
        }
        next.run();
      }
    } finally {
      if (!handedOver) {
        requeue();
      }
    }
  }

  /** Queues the rest behind the pool's other work: after a turn, or after a task threw. */
  private void requeue() {
    try {
      shared.execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        tasks = null;
        running = false;
      }
    }
  }
}
