package dev.encke.internal.session;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads of a hub: its listener pool and its timer, daemons named by their role. */
final class HubThreads {

  private HubThreads() {}

  /**
   * A fixed number of threads, which idle ones leave after a while. Its queue is unbounded in type
   * but bounded in use: a session's listener work holds at most one place in it at a time ({@link
   * SerialExecutor}), and sessions are bounded; the rest are completions of replies the server
   * itself asked for.
   */
  static ThreadPoolExecutor listenerPool(int threads) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemons("listener"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemons("timer"));
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private static ThreadFactory daemons(String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "encke-" + role + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
