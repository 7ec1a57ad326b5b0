package dev.encke.benchmarks;

import dev.encke.benchmarks.ClusterFanOut.Config;
import dev.encke.benchmarks.ClusterFanOut.Result;
import dev.encke.benchmarks.kit.Payload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's cross-node fan-out ({@link ClusterFanOut}): three nodes of 1k pages each on Redis
 * against one node holding all 3k, with the same outboard publisher through the same Redis at the
 * same rate, so that every broadcast makes as many deliveries in both and the rows differ only in
 * how many nodes share them. It runs once, after the rounds, with nothing pinned: the nodes, Redis
 * and the load generator share the machine's CPUs.
 */
final class ClusterSection {

  /** How {@code --only} names it. */
  static final String NAME = "Encke cluster";

  private final List<Result> results;

  private ClusterSection(List<Result> results) {
    this.results = List.copyOf(results);
  }

  /** Whether a run of {@code scale} that names {@code only} (empty: all) includes this section. */
  static boolean wanted(Scale scale, List<String> only) {
    return only.contains(NAME) || only.isEmpty() && scale.measuring();
  }

  /** The configurations of {@code scale}: the cluster first, then the one node. */
  static List<Config> configs(Scale scale) {
    int pages = scale.measuring() ? 1000 : 10;
    int rate = scale.measuring() ? 20 : 10;
    int seconds = scale.measuring() ? 30 : 2;
    int warmUp = scale.measuring() ? 5 : 1;
    return List.of(new Config(3, pages, rate, seconds, warmUp),
        new Config(1, 3 * pages, rate, seconds, warmUp));
  }

  /**
   * Measures every configuration of {@code scale}, one after the other, with nodes on {@code
   * classpath}.
   */
  static ClusterSection run(Scale scale, String classpath, Path logDir, Bench.Log log)
      throws Exception {
    List<Result> results = new ArrayList<>();
    for (Config config : configs(scale)) {
      log.line(NAME + ": " + config.nodes() + " node(s) × " + Format.count(config.pagesPerNode())
          + " pages, " + config.broadcastsPerSecond() + " broadcasts/s for " + config.seconds()
          + " s");
      results.add(ClusterFanOut.measure(config, classpath, logDir.resolve("cluster")));
    }
    return new ClusterSection(results);
  }

  List<Result> results() {
    return results;
  }

  /** The section, numbered {@code number}. */
  void write(Markdown out, int number) {
    out.section(number + ". Cross-node fan-out on Redis");
    Config cluster = results.get(0).config();
    out.line("An outboard publisher (no Encke server in its process) broadcasts a "
        + Payload.BYTES + "-byte payload " + cluster.broadcastsPerSecond() + " times a second for "
        + cluster.seconds() + " s, after " + cluster.warmUpSeconds() + " s of warm-up, through one"
        + " real `redis-server` (one `XADD` per broadcast); every node reads the stream and frames"
        + " the bytes for its own WebSocket pages. The one-node row holds the same "
        + Format.count(cluster.pages()) + " pages on one node, on the same path through Redis, so"
        + " a broadcast costs as many deliveries in both rows. Latency is from the broadcast's due"
        + " time at the publisher to a page reading it. CPU is a share of one core over the run:"
        + " Redis, the nodes together, and the load generator, which also holds the publisher."
        + " Nothing is pinned here: the nodes, Redis and the generator share every CPU, unlike"
        + " the single-server sections above, so compare these rows with each other.");
    out.line("");
    out.line(table(results));
  }

  /** The Markdown table of {@code results}, one row each. */
  static String table(List<Result> results) {
    Markdown out = new Markdown();
    out.header(List.of("nodes × pages", "broadcasts/s × s", "deliveries (expected)",
        "deliveries/s", "p50", "p99", "lost", "duplicated", "Redis CPU",
        "Redis share of server CPU", "nodes' CPU", "generator CPU"), 1);
    for (Result result : results) {
      Config config = result.config();
      out.row(List.of(config.nodes() + " × " + Format.count(config.pagesPerNode()),
          config.broadcastsPerSecond() + " × " + config.seconds(),
          result.deliveries() + " (" + result.expected() + ")", Format.rate(result.perSecond()),
          Format.millis(result.p50Micros()), Format.millis(result.p99Micros()),
          Long.toString(result.lost()), Long.toString(result.duplicates()),
          percent(result.redisCpu()),
          percent(result.redisCpu() / (result.redisCpu() + result.nodesCpu())),
          percent(result.nodesCpu()), percent(result.generatorCpu())));
    }
    return out.toString();
  }

  /** One decimal: Redis's share is small, and a whole percent would round it away. */
  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
  }
}
