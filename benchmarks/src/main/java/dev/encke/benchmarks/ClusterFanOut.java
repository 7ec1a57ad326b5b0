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
 * Cross-node fan-out: {@link EnckeServerMain} nodes on one real {@code redis-server}, each with its
 * own fleet of WebSocket pages (from a loopback source address of its own), and one outboard
 * {@link Publisher} in this process that broadcasts {@code bench.tick(payload)} at a fixed rate. A
 * broadcast leaves the publisher once, through Redis, and every node frames it for its own pages;
 * with one node the path is the same, Redis included. {@link #measure} returns what one run
 * measured; {@link ClusterSection} runs the report's configurations.
 *
 * <p>Usage: {@code ClusterFanOut [pagesPerNode] [broadcastsPerSecond] [seconds] [nodes]}, 1000, 20,
 * 30 and 3 unless given; prints the row as Markdown. The nodes run on this process's class path.
 */
public final class ClusterFanOut {

  private static final JsRef BENCH = JsRef.global("bench");
  private static final String HOST = "127.0.0.1";
  private static final long FIRST_N = 1_000_000;

  /**
   * One run's shape.
   *
   * @param warmUpSeconds unrecorded broadcasts first, so that the JIT and the connections are warm
   */
  record Config(int nodes, int pagesPerNode, int broadcastsPerSecond, int seconds,
      int warmUpSeconds) {
    long broadcasts() {
      return (long) broadcastsPerSecond * seconds;
    }

    int pages() {
      return nodes * pagesPerNode;
    }
  }

  /**
   * What one run measured. CPU shares are of one core, over the run's wall time.
   *
   * @param expected deliveries the run should make: every broadcast to every page
   * @param p50Micros from a broadcast's due time at the publisher to a page reading it
   */
  record Result(Config config, long expected, long deliveries, double perSecond, double p50Micros,
      double p99Micros, long lost, long duplicates, double redisCpu, double nodesCpu,
      double generatorCpu) {}

  private ClusterFanOut() {}

  public static void main(String[] args) throws Exception {
    Config config = new Config(arg(args, 3, 3), arg(args, 0, 1000), arg(args, 1, 20),
        arg(args, 2, 30), 5);
    Result result = measure(config, System.getProperty("java.class.path"),
        Path.of("target", "bench-logs"));
    System.out.print(ClusterSection.table(List.of(result)));
  }

  private static int arg(String[] args, int index, int otherwise) {
    return args.length > index ? Integer.parseInt(args[index]) : otherwise;
  }

  /**
   * Starts Redis and the nodes (on {@code classpath}, logging into {@code logs}), connects the
   * pages, broadcasts, and stops everything.
   */
  static Result measure(Config config, String classpath, Path logs) throws Exception {
    List<Process> nodes = new ArrayList<>();
    List<WsFleet> fleets = new ArrayList<>();
    try (RedisServer redis = RedisServer.start()) {
      for (int i = 0; i < config.nodes(); i++) {
        Process node = startNode(redis.uri(), i, classpath, logs);
        nodes.add(node);
        fleets.add(new WsFleet(HOST, readyPort(node), EnckeSubscriber.PATH, EnckeSubscriber::new,
            List.of("127.0.0." + (2 + i))));
      }
      for (WsFleet fleet : fleets) {
        fleet.grow(config.pagesPerNode());
      }
      try (Publisher publisher = Publisher.open(RedisBackplane.builder(redis.uri()).build())) {
        return run(publisher, fleets, nodes, redis, config);
      }
    } finally {
      fleets.forEach(WsFleet::close);
      nodes.forEach(Process::destroy);
    }
  }

  private static Result run(Publisher publisher, List<WsFleet> fleets, List<Process> nodes,
      RedisServer redis, Config config) {
    warmUp(publisher, fleets, config);
    fleets.forEach(fleet -> fleet.beginPhase(FIRST_N, true));
    Duration redisBefore = redis.cpuTime().orElse(Duration.ZERO);
    Duration nodesBefore = cpu(nodes);
    Duration generatorBefore = ownCpu();
    long start = System.nanoTime();
    long period = TimeUnit.SECONDS.toNanos(1) / config.broadcastsPerSecond();
    for (long i = 0; i < config.broadcasts(); i++) {
      long due = start + i * period;
      LockSupport.parkNanos(due - System.nanoTime());
      long n = FIRST_N + i;
      publisher.allSessions().run(() -> Js.call(BENCH, "tick", Payload.fields(n, due)));
    }
    long lastN = FIRST_N + config.broadcasts() - 1;
    awaitEveryPage(fleets, config, lastN);
    long end = fleets.stream().mapToLong(fleet -> fleet.deliveries().lastArrivalNanos()).max()
        .orElse(System.nanoTime());
    double wall = (end - start) / 1e9;
    return result(config, fleets, lastN, wall,
        share(redis.cpuTime().orElse(Duration.ZERO).minus(redisBefore), wall),
        share(cpu(nodes).minus(nodesBefore), wall), share(ownCpu().minus(generatorBefore), wall));
  }

  /**
   * Broadcasts for the warm-up, checked as a phase of its own, and waits until every page has
   * them all: a warm-up broadcast still on its way would otherwise arrive in the measured phase.
   */
  private static void warmUp(Publisher publisher, List<WsFleet> fleets, Config config) {
    fleets.forEach(fleet -> fleet.beginPhase(0, true));
    int count = config.warmUpSeconds() * config.broadcastsPerSecond();
    for (int i = 0; i < count; i++) {
      long n = i;
      publisher.allSessions().run(() -> Js.call(BENCH, "tick",
          Payload.fields(n, System.nanoTime())));
      LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1) / config.broadcastsPerSecond());
    }
    awaitEveryPage(fleets, config, count - 1);
  }

  /** Waits, up to a minute, until every page of every node has payload {@code lastN}. */
  private static void awaitEveryPage(List<WsFleet> fleets, Config config, long lastN) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (fleets.stream().anyMatch(f -> f.clientsThatReached(lastN) < config.pagesPerNode())
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
  }

  private static Result result(Config config, List<WsFleet> fleets, long lastN, double wall,
      double redisCpu, double nodesCpu, double generatorCpu) {
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
    return new Result(config, config.broadcasts() * config.pages(), received, received / wall,
        latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(99), lost, duplicates,
        redisCpu, nodesCpu, generatorCpu);
  }

  /** CPU time over wall time, as a share of one CPU. */
  private static double share(Duration cpu, double wallSeconds) {
    return cpu.toNanos() / 1e9 / wallSeconds;
  }

  private static Duration cpu(List<Process> nodes) {
    return nodes.stream().map(node -> node.info().totalCpuDuration().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static Process startNode(String redisUri, int index, String classpath, Path logs)
      throws Exception {
    Files.createDirectories(logs);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", classpath,
        EnckeServerMain.class.getName(), HOST, "--redis", redisUri)
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
    throw new IllegalStateException("a node ended before it was ready; see its log in the logs"
        + " folder");
  }
}
