package dev.encke.benchmarks.kit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The line protocol a benchmarked server process answers on stdin/stdout, one command at a time:
 *
 * <pre>
 * gc                      → heap BYTES_USED_AFTER_FULL_GC
 * peakheap                → peakheap MOST_BYTES_USED_AFTER_ANY_GC_SINCE_THE_LAST_ASK
 * gcstats                 → gcstats COLLECTIONS MILLIS_IN_COLLECTIONS
 * histogram FILE          → histogram FILE   (the live-object class histogram, written to FILE)
 * sessions                → sessions COUNT
 * settings                → settings NAME=VALUE …
 * broadcast RATE MS       → sent COUNT FIRST_N LAST_N MEAN_µs MAX_µs FIRST_DUE_NANOS
 * targeted RATE MS        → sent COUNT FIRST_N LAST_N MEAN_µs MAX_µs FIRST_DUE_NANOS
 * quit                    → (the process exits)
 * </pre>
 *
 * The mean and the longest time a push call took are in microseconds; the first payload's due time
 * is a {@link System#nanoTime()} value. A server process prints {@code ready <port>} first. Anything
 * else it prints goes to stderr, so stdout carries only these answers. Message numbers {@code n} rise
 * over the life of the process.
 */
public final class ControlLoop {

  private final PushTarget target;
  private final PrintStream out;
  private final HeapPeaks heapPeaks = HeapPeaks.watch();
  private long nextN = 1;

  private ControlLoop(PushTarget target, PrintStream out) {
    this.target = target;
    this.out = out;
  }

  /**
   * Announces {@code port} and answers commands until {@code quit} or the end of stdin; keeps
   * stdout for answers by sending {@link System#out} to stderr.
   */
  public static void serve(int port, PushTarget target) throws IOException {
    PrintStream answers = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    answers.println("ready " + port);
    new ControlLoop(target, answers).loop();
  }

  private void loop() throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] words = line.trim().split(" ");
      try {
        if (words[0].equals("quit")) {
          return;
        }
        out.println(answer(words));
      } catch (RuntimeException e) {
        out.println("error " + e);
      }
    }
  }

  private String answer(String[] words) {
    switch (words[0]) {
      case "gc":
        return "heap " + heapAfterFullGc();
      case "peakheap":
        return "peakheap " + heapPeaks.takePeak();
      case "gcstats":
        return gcStats();
      case "histogram":
        return writeHistogram(Path.of(words[1]));
      case "sessions":
        return "sessions " + target.sessionCount();
      case "settings":
        return "settings " + target.settings();
      case "broadcast":
        return publish(words, false);
      case "targeted":
        return publish(words, true);
      default:
        throw new IllegalArgumentException("unknown command: " + String.join(" ", words));
    }
  }

  private String publish(String[] words, boolean targeted) {
    double rate = Double.parseDouble(words[1]);
    long millis = Long.parseLong(words[2]);
    long first = nextN;
    Random random = new Random(first);
    if (targeted) {
      target.snapshotTargets();
    }
    Pacer.Result result = Pacer.run(rate, millis, due -> {
      long n = nextN++;
      if (targeted) {
        target.pushToRandom(random, n, due);
      } else {
        target.broadcast(n, due);
      }
    });
    long meanMicros = result.sent() == 0 ? 0 : result.callNanosTotal() / result.sent() / 1000;
    return "sent " + result.sent() + " " + first + " " + (nextN - 1) + " " + meanMicros + " "
        + result.callNanosMax() / 1000 + " " + result.firstDueNanos();
  }

  /** Runs full collections until the used heap stops shrinking, then reports it. */
  private static long heapAfterFullGc() {
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  /** Collections and the time spent in them since the process started, over every collector. */
  private static String gcStats() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
      millis += Math.max(0, collector.getCollectionTime());
    }
    return "gcstats " + count + " " + millis;
  }

  /**
   * Writes what {@code jcmd <pid> GC.class_histogram} prints, asked of this JVM's own diagnostic
   * command bean, so that no attach mechanism is needed. It counts live objects only, after a full
   * collection.
   */
  private static String writeHistogram(Path file) {
    try {
      Object text = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      Files.writeString(file, String.valueOf(text));
      return "histogram " + file;
    } catch (JMException e) {
      throw new IllegalStateException("no class histogram: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
