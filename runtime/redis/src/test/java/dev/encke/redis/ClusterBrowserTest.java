package dev.encke.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Three node processes on one Redis behind a load balancer, six Chromium pages spread over them:
 * what any node pushes reaches exactly the pages it targets, whichever node holds them.
 */
class ClusterBrowserTest {

  /** The user each page is logged in as; page 4 has none. */
  private static final List<String> USERS = Arrays.asList("ann", "ann", "bob", "bob", null, "ann");

  private static ClusterPages cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = new ClusterPages(6);
    for (int i = 0; i < 6; i++) {
      cluster.open(i, i < 4 ? "/cluster.html" : "/other.html", USERS.get(i));
    }
    assertThat(nodesOf(page -> true)).as("the pages are spread over every node").hasSize(3);
    assertThat(nodesOf(page -> "ann".equals(USERS.get(page))))
        .as("ann's pages are on several nodes").hasSizeGreaterThan(1);
    assertThat(nodesOf(page -> "bob".equals(USERS.get(page))))
        .as("bob's pages are on several nodes").hasSizeGreaterThan(1);
  }

  private static Set<String> nodesOf(IntPredicate pages) {
    Set<String> holders = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      if (pages.test(i)) {
        holders.add(cluster.nodeOf(i).name());
      }
    }
    return holders;
  }

  @AfterAll
  static void stop() throws Exception {
    cluster.close();
  }

  /** A page on another node than {@code node}. */
  private static int pageNotOn(NodeProcess node, int preferred) {
    for (int i = preferred; i < preferred + 6; i++) {
      if (cluster.nodeOf(i % 6) != node) {
        return i % 6;
      }
    }
    throw new IllegalStateException("every page is on " + node.name());
  }

  @Test
  void broadcastPagePushFilteredAndSessionPushesOfEachNodeReachExactlyTheirPagesOnceInOrder() {
    int vip = 1;
    cluster.nodeOf(vip).ask("attr " + cluster.sessionOf(vip) + " symbol ACME",
        line -> line.startsWith("OK attr"));
    List<List<String>> expected = new ArrayList<>();
    List<Integer> before = new ArrayList<>();
    for (int page = 0; page < 6; page++) {
      expected.add(new ArrayList<>());
      before.add(cluster.received(page).size());
    }
    for (NodeProcess node : cluster.nodes) {
      String n = node.name();
      int single = pageNotOn(node, 2);
      String session = cluster.sessionOf(single);
      push(node, "all", "all1-" + n);
      push(node, "page /other.html", "page-" + n);
      push(node, "filtered symbol ACME", "vip-" + n);
      push(node, "session " + session, "one-" + n);
      push(node, "all", "all2-" + n);
      for (int page = 0; page < 6; page++) {
        List<String> labels = expected.get(page);
        labels.add("all1-" + n);
        if (page >= 4) {
          labels.add("page-" + n);
        }
        if (page == vip) {
          labels.add("vip-" + n);
        }
        if (page == single) {
          labels.add("one-" + n);
        }
        labels.add("all2-" + n);
      }
    }

    for (int page = 0; page < 6; page++) {
      int p = page;
      await().atMost(ClusterPages.TIMEOUT)
          .until(() -> cluster.received(p).size() >= before.get(p) + expected.get(p).size());
      assertExactlyOnceEachNodesInOrder(p, since(p, before.get(p)), expected.get(p));
    }
  }

  @Test
  void aUserPushOfEachNodeReachesExactlyThatUsersPagesOnEveryNodeOnceInOrder() {
    List<List<String>> expected = new ArrayList<>();
    List<Integer> before = new ArrayList<>();
    for (int page = 0; page < 6; page++) {
      expected.add(new ArrayList<>());
      before.add(cluster.received(page).size());
    }
    for (NodeProcess node : cluster.nodes) {
      String n = node.name();
      push(node, "user ann", "ann1-" + n);
      push(node, "user bob", "bob-" + n);
      push(node, "user nobody", "ghost-" + n);
      push(node, "user ann", "ann2-" + n);
      for (int page = 0; page < 6; page++) {
        String user = USERS.get(page);
        if ("ann".equals(user)) {
          expected.get(page).addAll(List.of("ann1-" + n, "ann2-" + n));
        } else if ("bob".equals(user)) {
          expected.get(page).add("bob-" + n);
        }
      }
    }
    // A broadcast from each node after its user pushes fences them: what a node pushed before it
    // reaches every page before it does, so nothing of them can still be on its way afterwards.
    for (NodeProcess node : cluster.nodes) {
      push(node, "all", "fence-" + node.name());
    }

    for (int page = 0; page < 6; page++) {
      int p = page;
      await().atMost(ClusterPages.TIMEOUT).until(() -> since(p, before.get(p)).stream()
          .filter(label -> label.startsWith("fence-")).count() >= 3);
      List<String> received = since(p, before.get(p)).stream()
          .filter(label -> !label.startsWith("fence-")).toList();
      assertExactlyOnceEachNodesInOrder(p, received, expected.get(p));
    }
  }

  /**
   * Page {@code page} received exactly the {@code expected} labels, each once, and those of each
   * node (the label's {@code -<node>} suffix) in the order that node pushed them.
   */
  private static void assertExactlyOnceEachNodesInOrder(int page, List<String> received,
      List<String> expected) {
    assertThat(received).as("page %d of %s on node %s", page, USERS.get(page),
        cluster.nodeOf(page).name()).containsExactlyInAnyOrderElementsOf(expected);
    for (NodeProcess node : cluster.nodes) {
      String suffix = "-" + node.name();
      assertThat(received.stream().filter(label -> label.endsWith(suffix)).toList())
          .as("the pushes of node %s on page %d, in order", node.name(), page)
          .containsExactlyElementsOf(expected.stream()
              .filter(label -> label.endsWith(suffix)).toList());
    }
  }

  /** What page {@code page} received after its first {@code skipped} labels. */
  private static List<String> since(int page, int skipped) {
    List<String> all = cluster.received(page);
    return all.subList(skipped, all.size());
  }

  private static void push(NodeProcess node, String target, String label) {
    node.ask("push " + target + " " + label, line -> line.equals("PUSHED " + label));
  }

  @Test
  void aValueAskedOnOneNodeOfAPageAnotherNodeHoldsComesBackToTheAskingNode() {
    NodeProcess asking = cluster.nodes.get(0);
    int page = pageNotOn(asking, 0);
    String session = cluster.sessionOf(page);

    String answer = asking.ask("ask " + session + " v1", line -> line.contains(" v1 "));

    assertThat(answer).isEqualTo("VALUE v1 value of " + session + " on a "
        + answer.substring(answer.lastIndexOf(' ') + 1));
    assertThat(answer).contains("encke-listener-");
  }

  @Test
  void aClickOnAPageOfNodeBRunsTheListenerNodeAGaveIt() {
    NodeProcess a = cluster.nodes.get(0);
    int page = pageNotOn(a, 3);
    a.ask("listen " + cluster.sessionOf(page) + " c1", line -> line.equals("LISTENING c1"));
    await().atMost(ClusterPages.TIMEOUT).until(() -> (Boolean) cluster.run(page,
        "return document.getElementById('click') !== null;"));

    cluster.chromium.driver().findElement(By.id("click")).click();

    String clicked = a.await(line -> line.startsWith("CLICKED c1"), ClusterPages.TIMEOUT);
    assertThat(clicked).startsWith("CLICKED c1 a clicked encke-listener-");
    await().atMost(ClusterPages.TIMEOUT)
        .until(() -> cluster.received(page).contains("answer-c1"));
  }

  @Test
  void anOutboardPublisherProcessWithoutJettyDrivesThePagesOfEveryNode() {
    try (NodeProcess outboard = NodeProcess.outboard(cluster.redis.uri())) {
      int other = 4;
      String session = cluster.sessionOf(0);
      outboard.ask("browser out-all", line -> line.equals("DONE out-all"));
      outboard.ask("page /other.html out-page", line -> line.equals("DONE out-page"));
      outboard.ask("session " + session + " out-one", line -> line.equals("DONE out-one"));
      outboard.ask("user bob out-bob", line -> line.equals("DONE out-bob"));
      String value = outboard.ask("ask " + session + " out-v", line -> line.startsWith("VALUE")
          || line.startsWith("FAILED"));

      assertThat(value).isEqualTo("VALUE out-v value of " + session);
      for (int page = 0; page < 6; page++) {
        int p = page;
        List<String> expected = new ArrayList<>(List.of("out-all"));
        if (page >= other) {
          expected.add("out-page");
        }
        if (page == 0) {
          expected.add("out-one");
        }
        if ("bob".equals(USERS.get(page))) {
          expected.add("out-bob");
        }
        await().atMost(ClusterPages.TIMEOUT).until(() -> cluster.received(p).stream()
            .filter(label -> label.startsWith("out-")).count() >= expected.size());
        assertThat(cluster.received(p).stream().filter(label -> label.startsWith("out-")).toList())
            .as("page %d on node %s", p, cluster.nodeOf(p).name())
            .containsExactlyElementsOf(expected);
      }
    }
  }
}
