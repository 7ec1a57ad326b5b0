package dev.encke.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.encke.DataFilter;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionSettings;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Three hubs in this JVM, each with its own Redis backplane, on one real redis-server. */
class StreamBackplaneTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static RedisServer redis;
  private static int run;

  private final List<SessionHub> hubs = new ArrayList<>();
  private final List<QuietConnection> pages = new ArrayList<>();

  @BeforeAll
  static void startRedis() {
    redis = RedisServer.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @BeforeEach
  void openThreeNodes() {
    String prefix = "test" + (++run);
    for (String name : List.of("a", "b", "c")) {
      hubs.add(SessionHub.open(SessionSettings.builder().backplane(RedisBackplane
          .builder(redis.uri()).keyPrefix(prefix).sessionTtl(Duration.ofSeconds(3)).build())
          .build(), name));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> hubs.stream()
        .allMatch(hub -> backplane(hub).isFollowing()));
  }

  @AfterEach
  void closeNodes() {
    hubs.forEach(SessionHub::close);
  }

  private static StreamBackplane backplane(SessionHub hub) {
    return (StreamBackplane) hub.settings().backplane();
  }

  private QuietConnection page(int node, String path, String user) {
    DefaultScriptSession session = hubs.get(node).hello(path, user, "browser-" + pages.size(),
        false).orElseThrow();
    QuietConnection page = new QuietConnection(session);
    pages.add(page);
    return page;
  }

  private void awaitKnownEverywhere(QuietConnection page) {
    await().atMost(Duration.ofSeconds(10)).until(() -> hubs.stream()
        .allMatch(hub -> hub.find(page.session().id()).isPresent()
            || backplane(hub).knowsRemoteSession(page.session().id())));
  }

  @Test
  void aBroadcastFromEachNodeReachesEveryPageOfEveryNodeOnceAndInOrder() {
    List<QuietConnection> all = List.of(page(0, "/a.html", null), page(1, "/a.html", null),
        page(2, "/b.html", null));
    for (int round = 0; round < 3; round++) {
      for (int node = 0; node < 3; node++) {
        int n = node;
        int r = round;
        hubs.get(node).allSessions().run(() -> Js.call(PROBE, "apply", "from" + n + "-" + r));
      }
    }

    for (QuietConnection page : all) {
      await().atMost(Duration.ofSeconds(10)).until(() -> page.frames().size() == 9);
      for (int node = 0; node < 3; node++) {
        List<String> fromNode = new ArrayList<>();
        for (String frame : page.frames()) {
          if (frame.contains("\"from" + node + "-")) {
            fromNode.add(frame.replaceAll(".*\"from" + node + "-(\\d)\".*", "$1"));
          }
        }
        assertThat(fromNode).as("pushes of node %d on %s", node, page.session())
            .containsExactly("0", "1", "2");
      }
    }
  }

  @Test
  void pageUserSessionAndFilteredPushesOfOneNodeReachExactlyTheirPagesOnTheOthers() {
    QuietConnection ada = page(1, "/share.html", "ada");
    QuietConnection bob = page(2, "/share.html", "bob");
    QuietConnection news = page(2, "/news.html", "ada");
    bob.session().setAttribute("symbol", "ACME");
    awaitKnownEverywhere(bob);

    SessionHub a = hubs.get(0);
    a.page("/news.html").run(() -> Js.call(PROBE, "apply", "page"));
    a.user("ada").run(() -> Js.call(PROBE, "apply", "user"));
    a.requireSession(bob.session().id()).run(() -> Js.call(PROBE, "apply", "session"));
    a.page("/share.html").filtered(DataFilter.attributeEquals("symbol", "ACME"))
        .run(() -> Js.call(PROBE, "apply", "filtered"));
    a.allSessions().run(() -> Js.call(PROBE, "apply", "last"));

    for (QuietConnection page : List.of(ada, bob, news)) {
      await().atMost(Duration.ofSeconds(10))
          .until(() -> String.join("", page.frames()).contains("last"));
    }
    assertThat(labels(ada)).containsExactly("user", "last");
    assertThat(labels(bob)).containsExactly("session", "filtered", "last");
    assertThat(labels(news)).containsExactly("page", "user", "last");
  }

  private static List<String> labels(QuietConnection page) {
    List<String> labels = new ArrayList<>();
    for (String frame : page.frames()) {
      labels.add(frame.replaceAll(".*\"apply\",\"args\":\\[\"(\\w+)\"].*", "$1"));
    }
    return labels;
  }

  @Test
  void aSessionIsInTheDirectoryWhileItLivesAndLeavesItWhenItEnds() {
    QuietConnection page = page(1, "/a.html", null);
    String key = "test" + run + ":session:" + page.session().id();
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> redisCommands = client.connect()) {
      await().atMost(Duration.ofSeconds(5)).until(() -> redisCommands.sync().exists(key) == 1);
      awaitKnownEverywhere(page);

      hubs.get(1).end(page.session());

      await().atMost(Duration.ofSeconds(5)).until(() -> redisCommands.sync().exists(key) == 0);
      await().atMost(Duration.ofSeconds(5))
          .until(() -> !backplane(hubs.get(0)).knowsRemoteSession(page.session().id()));
    } finally {
      client.shutdown();
    }
  }

  @Test
  void aNodeThatHasNotScannedTheDirectoryYetTakesAnySessionToBePossiblyElsewhere()
      throws IOException {
    int nothingListens;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nothingListens = socket.getLocalPort();
    }
    SessionHub cutOff = SessionHub.open(SessionSettings.builder().backplane(RedisBackplane
        .builder("redis://127.0.0.1:" + nothingListens).build()).build(), "cut-off");
    try {
      assertThat(cutOff.requireSession("held-nowhere")).isNotNull();
    } finally {
      cutOff.close();
    }
  }

  @Test
  void aNodeThatHasScannedTheDirectoryRefusesASessionHeldNowhere() {
    await().atMost(Duration.ofSeconds(10))
        .until(() -> !backplane(hubs.get(0)).knowsRemoteSession("held-nowhere"));

    assertThatThrownBy(() -> hubs.get(0).requireSession("held-nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no script session \"held-nowhere\"");
  }
}
