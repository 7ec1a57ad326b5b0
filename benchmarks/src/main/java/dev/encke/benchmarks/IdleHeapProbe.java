package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.ClassGrowth;
import java.nio.file.Path;
import java.util.List;

/**
 * The idle-sessions workload alone, for one system, in a minute instead of a full run: grows a
 * fleet to {@code from} and then {@code to} sessions that never see a payload, and prints the heap
 * per session between the two (after full collections) with the classes that grew. What a change
 * to a session's or a connection's fields costs, without the throughput workloads that a shared
 * machine distorts.
 *
 * <p>Usage: {@code IdleHeapProbe <system> <from> <to> <logDir>}, the system named as in
 * {@link Systems}, on the classpath that {@code scripts/bench} builds.
 */
public final class IdleHeapProbe {

  private static final int TOP_CLASSES = 25;

  private IdleHeapProbe() {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    Path logDir = Path.of(args[3]);
    String classpath = System.getProperty("java.class.path");
    ServerSpec spec = Systems.all(classpath, classpath).stream()
        .filter(candidate -> candidate.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no system named \"" + name + "\""));
    String stem = Bench.fileStem(name) + "-idle";
    ServerProcess.Launch launch = new ServerProcess.Launch(name, spec.classpath(),
        spec.mainClass(), spec.arguments(), Scale.FULL.serverJvm(), List.of(), logDir, stem,
        false);
    try (ServerProcess server = ServerProcess.start(launch, "127.0.0.1");
        WsFleet fleet = new WsFleet("127.0.0.1", server.port(), spec.clientPath(), spec.client(),
            Scale.FULL.clientAddresses())) {
      long[] heap = new long[2];
      long[] threads = new long[2];
      int[] sizes = {from, to};
      for (int i = 0; i < 2; i++) {
        fleet.grow(sizes[i]);
        heap[i] = server.heapAfterGc();
        threads[i] = server.threads();
        server.writeHistogram(logDir.resolve(stem + "-" + sizes[i] + ".histogram"));
      }
      double perSession = (heap[1] - heap[0]) / (double) (to - from);
      System.out.printf("%s: heap per idle session, %d -> %d: %.0f B (%s -> %s; threads %d -> %d)%n",
          name, from, to, perSession, Format.bytes(heap[0]), Format.bytes(heap[1]), threads[0],
          threads[1]);
      List<ClassGrowth> grown = ClassHistogram.growth(
          logDir.resolve(stem + "-" + from + ".histogram"),
          logDir.resolve(stem + "-" + to + ".histogram"), to - from);
      grown.stream().limit(TOP_CLASSES).forEach(growth -> System.out.printf(
          "  %8.1f B %6.2f x %s%n", growth.bytesPerSession(), growth.instancesPerSession(),
          growth.className()));
    }
  }
}
