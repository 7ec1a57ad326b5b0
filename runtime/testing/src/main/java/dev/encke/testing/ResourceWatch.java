package dev.encke.testing;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The threads and heap of a server running in the test's JVM, watched while an attack runs: the
 * live threads whose names start with a prefix (the server's pool and Encke's own threads are
 * {@code encke…}; the attacker's and the browser driver's are not), sampled every 20 ms, and the
 * heap in use after each garbage collection, from the collectors' notifications, so that garbage
 * not yet collected does not count. Thread-safe.
 */
public final class ResourceWatch implements AutoCloseable {

  private final String threadPrefix;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "resource-watch");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger peakThreads = new AtomicInteger();
  private final AtomicLong peakHeapAfterGc = new AtomicLong();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
      .collect(Collectors.toSet());
  private final NotificationListener onGc = this::collected;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final int baselineThreads;
  private final long baselineHeap;

  private ResourceWatch(String threadPrefix) {
    this.threadPrefix = threadPrefix;
    this.baselineHeap = heapAfterFullGc();
    this.baselineThreads = countThreads();
    peakThreads.set(baselineThreads);
    peakHeapAfterGc.set(baselineHeap);
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(onGc, null, null);
        emitters.add(emitter);
      }
    }
    sampler.scheduleAtFixedRate(() -> peakThreads.accumulateAndGet(countThreads(), Math::max),
        20, 20, TimeUnit.MILLISECONDS);
  }

  /** Starts watching, after a full collection that sets the heap's baseline. */
  public static ResourceWatch start(String threadPrefix) {
    return new ResourceWatch(threadPrefix);
  }

  /** Threads named with the prefix when the watch started. */
  public int baselineThreads() {
    return baselineThreads;
  }

  /** The most threads named with the prefix seen alive at once. */
  public int peakThreads() {
    return peakThreads.get();
  }

  /** Heap in use after the full collection the watch started with. */
  public long baselineHeap() {
    return baselineHeap;
  }

  /** The most heap in use after any collection since the start, the final full one included. */
  public long peakHeapAfterGc() {
    return peakHeapAfterGc.get();
  }

  /**
   * Stops watching, after a last full collection, so that what the attack left behind counts too.
   */
  @Override
  public synchronized void close() {
    if (sampler.isShutdown()) {
      return;
    }
    sampler.shutdownNow();
    peakThreads.accumulateAndGet(countThreads(), Math::max);
    peakHeapAfterGc.accumulateAndGet(heapAfterFullGc(), Math::max);
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(onGc);
      } catch (javax.management.ListenerNotFoundException e) {
        throw new IllegalStateException("the watch's own listener is gone", e);
      }
    }
    emitters.clear();
  }

  /** The threads whose names start with the prefix, counted now. */
  public int countThreads() {
    int count = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(threadPrefix)) {
        count++;
      }
    }
    return count;
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
        .equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    long heap = used;
    peakHeapAfterGc.accumulateAndGet(heap, Math::max);
  }

  private static long heapAfterFullGc() {
    ManagementFactory.getMemoryMXBean().gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public String toString() {
    return "threads " + threadPrefix + "*: " + baselineThreads + " → peak " + peakThreads
        + "; heap after GC: " + baselineHeap / 1_048_576 + " MiB → peak "
        + peakHeapAfterGc.get() / 1_048_576 + " MiB";
  }
}
