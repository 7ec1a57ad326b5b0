package dev.encke.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Chaos on a real cluster: 10,000 broadcasts flow from one node to six Chromium pages while
 * another node is killed ({@code kill -9}), then while Redis is restarted. Each run prints, for
 * every page and in total, the pushes lost without a word, those received twice or out of order,
 * and the reloads, and asserts that nothing was lost silently, twice or out of order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterChaosTest {

  private static final int COMMANDS = 10_000;
  private static final Duration FLOOD = Duration.ofSeconds(90);
  private static ClusterPages cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = new ClusterPages(6);
    for (int i = 0; i < 6; i++) {
      cluster.open(i, "/cluster.html");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    cluster.close();
  }

  @Test
  @Order(1)
  void whenANodeIsKilledMidFloodEveryPageOfItEndsOnASurvivorAndNothingIsLostSilently() {
    NodeProcess publisher = cluster.nodes.get(0);
    NodeProcess victim = cluster.nodes.get(2);
    List<Integer> victimPages = new ArrayList<>();
    for (int page = 0; page < 6; page++) {
      if (cluster.nodeOf(page) == victim) {
        victimPages.add(page);
      }
    }
    assertThat(victimPages).as("pages on the node to kill").isNotEmpty();

    List<Integer> before = sizes();
    publisher.send("flood " + COMMANDS + " k 30");
    awaitFlowing("k");
    victim.kill();

    FloodCounts total = awaitFlood(publisher, "k", before).total();
    for (int page : victimPages) {
      NodeProcess survivor = cluster.nodeOf(page);
      assertThat(survivor).isNotSameAs(victim);
      assertThat(survivor.sessions()).contains(cluster.sessionOf(page));
    }
    assertThat(total.lost()).as("pushes lost silently").isZero();
    assertThat(total.duplicated()).as("pushes received twice").isZero();
    assertThat(total.reordered()).as("pushes out of order").isZero();
  }

  @Test
  @Order(2)
  void whenRedisRestartsMidFloodNodesServeTheirOwnPagesAndNothingIsLostSilently() {
    NodeProcess publisher = cluster.nodes.get(0);

    List<Integer> before = sizes();
    publisher.send("flood " + COMMANDS + " r 30");
    awaitFlowing("r");
    cluster.redis.restart();

    Flood flood = awaitFlood(publisher, "r", before);
    for (int page = 0; page < 6; page++) {
      if (cluster.nodeOf(page) == publisher) {
        assertThat(flood.pages().get(page).reloads() + flood.pages().get(page).lost())
            .as("page %d of the publishing node, served without Redis", page).isZero();
      }
    }
    NodeProcess other = cluster.nodes.get(1);
    await().atMost(FLOOD).until(() -> other.log().contains("lost Redis at " + cluster.redis.uri())
        && other.log().contains("is back"));
    assertThat(other.ask("metrics", line -> line.startsWith("METRICS")))
        .isEqualTo("METRICS " + cluster.redis.uri() + " reachable");
    FloodCounts total = flood.total();
    assertThat(total.lost()).as("pushes lost silently").isZero();
    assertThat(total.duplicated()).as("pushes received twice").isZero();
    assertThat(total.reordered()).as("pushes out of order").isZero();
  }

  /** Waits until some page has a tenth of the flood: the commands are flowing. */
  private static void awaitFlowing(String prefix) {
    await().atMost(FLOOD).until(() -> count(0, prefix) >= COMMANDS / 10);
  }

  private static long count(int page, String prefix) {
    return cluster.received(page).stream().filter(label -> label.startsWith(prefix + "-")).count();
  }

  /** How many labels each page holds now. */
  private static List<Integer> sizes() {
    List<Integer> sizes = new ArrayList<>();
    for (int page = 0; page < 6; page++) {
      sizes.add(cluster.received(page).size());
    }
    return sizes;
  }

  /** The counts of one flood, per page and in total. */
  private record Flood(List<FloodCounts> pages, FloodCounts total) {}

  /**
   * Waits for the flood's end on every page, then prints and returns the counts of what each page
   * received since it held {@code before} labels.
   */
  private static Flood awaitFlood(NodeProcess publisher, String prefix, List<Integer> before) {
    String flooded = publisher.await(line -> line.startsWith("FLOODED " + prefix), FLOOD);
    String last = prefix + "-" + (COMMANDS - 1);
    FloodCounts total = new FloodCounts(0, 0, 0, 0, 0);
    List<FloodCounts> pages = new ArrayList<>();
    for (int page = 0; page < 6; page++) {
      int p = page;
      await().atMost(FLOOD).until(() -> cluster.received(p).contains(last));
      List<String> labels = cluster.received(p);
      FloodCounts counts = FloodCounts.of(labels.subList(before.get(p), labels.size()), prefix,
          COMMANDS);
      System.out.println("chaos " + prefix + ": page " + p + " on node "
          + cluster.nodeOf(p).name() + ": " + counts);
      pages.add(counts);
      total = total.plus(counts);
    }
    System.out.println("chaos " + prefix + " (" + flooded + "), " + COMMANDS
        + " commands to 6 pages: " + total);
    return new Flood(pages, total);
  }
}
