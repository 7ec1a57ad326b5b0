package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.encke.DataFilter;
import dev.encke.js.Js;
import dev.encke.js.JsFunction;
import dev.encke.js.JsRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterDeliveryTest {

  private static final JsRef PROBE = JsRef.global("probe");

  private final MemoryBus bus = new MemoryBus();
  private SessionHub a;
  private SessionHub b;
  private DefaultScriptSession onA;
  private DefaultScriptSession onB;
  private DefaultScriptSession otherOnB;
  private final List<IdleConnection> connections = new ArrayList<>();

  @BeforeEach
  void openTwoNodes() {
    a = SessionHub.open(SessionSettings.builder().backplane(bus.backplane()).build(), "a");
    b = SessionHub.open(SessionSettings.builder().backplane(bus.backplane()).build(), "b");
    onA = attached(a.hello("/share.html", "ada", "browser-1", false).orElseThrow());
    onB = attached(b.hello("/share.html", "bob", "browser-2", false).orElseThrow());
    otherOnB = attached(b.hello("/news.html", "ada", "browser-3", false).orElseThrow());
    onB.setAttribute("symbol", "ACME");
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  private DefaultScriptSession attached(DefaultScriptSession session) {
    IdleConnection connection = new IdleConnection(session);
    connections.add(connection);
    session.attach(connection, 0);
    return session;
  }

  private List<String> received(DefaultScriptSession session) {
    IdleConnection connection = connections.stream()
        .filter(c -> c.session() == session).findFirst().orElseThrow();
    List<String> texts = new ArrayList<>();
    session.outgoing(connection, 0, 100).batches()
        .forEach(entry -> texts.add(entry.batch().toString()));
    return texts;
  }

  @Test
  void aBroadcastReachesTheSessionsOfEveryNodeOnceAndInOrder() {
    a.allSessions().run(() -> Js.call(PROBE, "apply", 1));
    a.allSessions().run(() -> Js.call(PROBE, "apply", 2));

    for (DefaultScriptSession session : List.of(onA, onB, otherOnB)) {
      assertThat(received(session)).hasSize(2);
      assertThat(received(session).get(0)).contains("[1]");
      assertThat(received(session).get(1)).contains("[2]");
    }
  }

  @Test
  void theOtherNodeFramesTheBytesThePublisherEncoded() {
    a.allSessions().run(() -> Js.call(PROBE, "apply", "once"));

    byte[] local = onA.outgoing(connections.get(0), 0, 10).batches().get(0).batch().operations();
    assertThat(received(onB).get(0).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(local);
    assertThat(bus.published()).hasSize(1);
  }

  @Test
  void pageUserSessionAndDataFilterTargetsChooseTheRightSessionsOnEveryNode() {
    a.page("/news.html").run(() -> Js.call(PROBE, "apply", "page"));
    a.user("ada").run(() -> Js.call(PROBE, "apply", "user"));
    a.requireSession(onB.id()).run(() -> Js.call(PROBE, "apply", "session"));
    a.allSessions().filtered(DataFilter.attributeEquals("symbol", "ACME"))
        .run(() -> Js.call(PROBE, "apply", "filtered"));

    assertThat(String.join(" ", received(onA))).contains("user")
        .doesNotContain("page").doesNotContain("session").doesNotContain("filtered");
    assertThat(String.join(" ", received(onB))).contains("session", "filtered")
        .doesNotContain("user").doesNotContain("\"page\"");
    assertThat(String.join(" ", received(otherOnB))).contains("page", "user")
        .doesNotContain("session").doesNotContain("filtered");
  }

  @Test
  void aPushToASessionOfThisNodeIsNotShipped() {
    b.session(onB.id()).run(() -> Js.call(PROBE, "apply", 1));

    assertThat(received(onB)).hasSize(1);
    assertThat(bus.published()).isEmpty();
  }

  @Test
  void aLambdaFilterIsRefusedInAClusterAndNothingIsPushed() {
    assertThatThrownBy(() -> a.allSessions().filtered(s -> true)
        .run(() -> Js.call(PROBE, "apply", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a lambda filter cannot choose the sessions of other nodes")
        .hasMessageContaining("DataFilter");
    assertThat(received(onA)).isEmpty();
    assertThat(bus.published()).isEmpty();
  }

  @Test
  void anUnknownSessionIsRefusedAndOneOfAnotherNodeIsAccepted() {
    assertThatThrownBy(() -> a.requireSession("nobody"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"nobody\"");
    assertThat(a.requireSession(onB.id())).isNotNull();
  }

  @Test
  void aValueAskedOfASessionOfAnotherNodeCompletesOnTheAskingNode() throws Exception {
    CompletableFuture<String> value = new CompletableFuture<>();
    a.session(onB.id()).push(batch -> batch.callForValue(String.class, PROBE, "read")
        .whenComplete((v, e) -> value.complete(v + " on " + Thread.currentThread().getName())));
    String frame = received(onB).get(0);
    long replyId = Long.parseLong(frame.replaceAll(".*\"reply\":(\\d+).*", "$1"));

    assertThat(b.find(onB.id()).orElseThrow()
        .answer(replyId, TextNode.valueOf("42"), null)).isTrue();

    assertThat(value.get(5, TimeUnit.SECONDS)).startsWith("42 on encke-listener-");
  }

  @Test
  void aValueAskedOfASessionNoNodeHoldsFailsAtOnce() {
    CompletableFuture<Object> failure = new CompletableFuture<>();
    a.session("nobody").push(batch -> batch.callForValue(String.class, PROBE, "read")
        .whenComplete((v, e) -> failure.complete(e)));

    assertThat(failure).succeedsWithin(Duration.ofSeconds(5)).asString()
        .contains("no session of session nobody is open");
  }

  @Test
  void aCallbackOfNodeACalledByAPageOfNodeBRunsOnNodeAAndAnswersThatPage() {
    List<String> calls = new CopyOnWriteArrayList<>();
    JsFunction onClick = Js.function(arguments -> {
      calls.add(arguments.get(0, String.class) + " from " + arguments.session().id());
      Js.call(PROBE, "answered");
    });
    a.session(onB.id()).push(batch -> batch.call(PROBE, "onClick", onClick));
    long callbackId = Long.parseLong(onClick.toString().substring("JsFunction#".length()));

    b.find(onB.id()).orElseThrow().callback(callbackId).orElseThrow()
        .invoke(new FixedArguments(onB, "clicked"));

    await().atMost(Duration.ofSeconds(5)).until(() -> received(onB).size() == 2);
    assertThat(calls).containsExactly("clicked from " + onB.id());
    assertThat(received(onB).get(1)).contains("answered");
  }

  @Test
  void aClosedNodeReceivesNothingMore() {
    b.close();
    a.allSessions().run(() -> Js.call(PROBE, "apply", 1));

    assertThat(received(onA)).hasSize(1);
    assertThat(onB.isEnded()).isTrue();
  }

  @Test
  void aNodeThatMissedPushesTellsEachOfItsPagesToReload() {
    bus.lose("the store restarted");

    for (DefaultScriptSession session : List.of(onA, onB, otherOnB)) {
      assertThat(session.isReloadRequired()).isTrue();
      IdleConnection connection = connections.stream()
          .filter(c -> c.session() == session).findFirst().orElseThrow();
      ByteBuffer frame = session.outgoing(connection, 0, 10).frames().get(0);
      assertThat(StandardCharsets.UTF_8.decode(frame).toString())
          .startsWith("{\"t\":\"reload\"").contains("the store restarted");
    }
  }
}
