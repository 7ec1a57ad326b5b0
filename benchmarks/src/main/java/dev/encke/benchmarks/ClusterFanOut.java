package dev.encke.benchmarks;

import dev.encke.Publisher;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.redis.RedisBackplane;
import dev.encke.testing.RedisServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Cross-node fan-out: three {@link EnckeServerMain} nodes on one real {@code redis-server}, each
 * with its own fleet of WebSocket pages, and one outboard {@link Publisher} in this process that
 * broadcasts {@code bench.tick(payload)} at a fixed rate. A broadcast leaves the publisher once,
 * through Redis, and every node frames it for its own pages. Prints one Markdown table: deliveries
 * a second, p50 and p99 from the publisher's due time to a page's reading, what was lost or
 * duplicated, and the CPU share of Redis and of the nodes over the run.
 *
 * <p>Usage: {@code ClusterFanOut [pagesPerNode] [broadcastsPerSecond] [seconds]}, 1000, 20 and 30
 * unless given; the class path is this process's own.
 */
public final class ClusterFanOut {

  private static final JsRef BENCH = JsRef.global("bench");
  private static final String HOST = "127.0.0.1";

  private ClusterFanOut() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    List<Process> nodes = new ArrayList<>();
    List<WsFleet> fleets = new ArrayList<>();
    try (RedisServer redis = RedisServer.start()) {
      for (int i = 0; i < 3; i++) {
        Process node = startNode(redis.uri(), i);
        nodes.add(node);
        fleets.add(new WsFleet(HOST, readyPort(node), EnckeSubscriber.PATH, EnckeSubscriber::new,
            List.of("127.0.0." + (2 + i))));
      }
      for (WsFleet fleet : fleets) {
        fleet.grow(pages);
      }
      try (Publisher publisher = Publisher.open(RedisBackplane.builder(redis.uri()).build())) {
        run(publisher, fleets, nodes, redis, pages, rate, seconds);
      }
    } finally {
      fleets.forEach(WsFleet::close);
      nodes.forEach(Process::destroy);
    }
  }

  private static void run(Publisher publisher, List<WsFleet> fleets, List<Process> nodes,
      RedisServer redis, int pages, int rate, int seconds) throws InterruptedException {
    warmUp(publisher, rate);
    long count = (long) rate * seconds;
    long firstN = 1_000_000;
    fleets.forEach(fleet -> fleet.beginPhase(firstN, true));
    Duration redisBefore = redis.cpuTime().orElse(Duration.ZERO);
    Duration nodesBefore = cpu(nodes);
    long start = System.nanoTime();
    long period = TimeUnit.SECONDS.toNanos(1) / rate;
    for (long i = 0; i < count; i++) {
      long due = start + i * period;
      LockSupport.parkNanos(due - System.nanoTime());
      long n = firstN + i;
      publisher.allSessions().run(() -> Js.call(BENCH, "tick", Payload.fields(n, due)));
    }
    long lastN = firstN + count - 1;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (fleets.stream().anyMatch(fleet -> fleet.clientsThatReached(lastN) < pages)
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    long end = fleets.stream().mapToLong(fleet -> fleet.deliveries().lastArrivalNanos()).max()
        .orElse(System.nanoTime());
    double wall = (end - start) / 1e9;
    report(fleets, pages, rate, seconds, lastN, wall,
        share(redis.cpuTime().orElse(Duration.ZERO).minus(redisBefore), wall),
        share(cpu(nodes).minus(nodesBefore), wall));
  }

  /** Five seconds of unrecorded broadcasts, so that the JIT and the connections are warm. */
  private static void warmUp(Publisher publisher, int rate) {
    for (int i = 0; i < 5 * rate; i++) {
      long n = i;
      publisher.allSessions().run(() -> Js.call(BENCH, "tick",
          Payload.fields(n, System.nanoTime())));
      LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1) / rate);
    }
  }

  private static void report(List<WsFleet> fleets, int pages, int rate, int seconds, long lastN,
      double wall, double redisShare, double nodesShare) {
    Histogram latencies = new Histogram(3);
    long received = 0;
    long lost = 0;
    long duplicates = 0;
    for (WsFleet fleet : fleets) {
      latencies.add(fleet.deliveries().takeLatencies());
      received += fleet.deliveries().received();
      lost += fleet.lostUpTo(lastN);
      duplicates += fleet.duplicates();
    }
    System.out.println("| nodes × pages | broadcasts/s × s | deliveries | deliveries/s | p50 | p99"
        + " | lost | duplicated | Redis CPU | nodes' CPU |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf("| 3 × %d | %d × %d | %d | %.0f | %.1f ms | %.1f ms | %d | %d | %.1f %% |"
            + " %.1f %% |%n", pages, rate, seconds, received, received / wall,
        latencies.getValueAtPercentile(50) / 1000.0, latencies.getValueAtPercentile(99) / 1000.0,
        lost, duplicates, 100 * redisShare, 100 * nodesShare);
  }

  /** CPU time over wall time, as a share of one CPU. */
  private static double share(Duration cpu, double wallSeconds) {
    return cpu.toNanos() / 1e9 / wallSeconds;
  }

  private static Duration cpu(List<Process> nodes) {
    return nodes.stream().map(node -> node.info().totalCpuDuration().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  private static Process startNode(String redisUri, int index) throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "bench-logs"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), EnckeServerMain.class.getName(), HOST, "--redis",
        redisUri)
        .redirectError(logs.resolve("cluster-node-" + index + ".log").toFile())
        .start();
  }

  /** The port of the node's {@code ready <port>} line. */
  private static int readyPort(Process node) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(),
        StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("ready ")) {
        return Integer.parseInt(line.substring("ready ".length()).trim());
      }
    }
    throw new IllegalStateException("a node ended before it was ready; see target/bench-logs");
  }
}
