package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.Browser;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionHubTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final JsRef PROBE = JsRef.global("probe");

  private final List<String> events = new CopyOnWriteArrayList<>();
  private SessionHub hub;

  @AfterEach
  void close() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void listenersHearCreatedDisconnectedAndExpiredAndTheSessionIsFreed() {
    hub = open(100, 10, OverflowPolicy.RELOAD_PAGE);
    DefaultScriptSession session = hello("/a.html");
    IdleConnection connection = new IdleConnection(session);
    session.attach(connection, 0);
    session.setAttribute("user", "ada");
    hub.page("/a.html").run(() -> Js.call(PROBE, "apply", 1));

    connection.close("network gone");

    await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 3);
    assertThat(events).containsExactly("created " + session.id(), "disconnected " + session.id(),
        "expired " + session.id());
    assertThat(session.isEnded()).isTrue();
    assertThat(session.attributeNames()).isEmpty();
    assertThat(session.backlog().messages()).isZero();
    assertThat(hub.find(session.id())).isEmpty();
  }

  @Test
  void aBroadcastIsEncodedOnceAndSharedByEverySession() {
    hub = open(10_000, 10, OverflowPolicy.RELOAD_PAGE);
    DefaultScriptSession first = hello("/a.html");
    DefaultScriptSession second = hello("/b.html");
    IdleConnection one = new IdleConnection(first);
    IdleConnection two = new IdleConnection(second);
    first.attach(one, 0);
    second.attach(two, 0);

    hub.allSessions().run(() -> Js.call(PROBE, "apply", 1));

    Outgoing a = first.outgoing(one, 0, 10);
    Outgoing b = second.outgoing(two, 0, 10);
    assertThat(a.batches().get(0).batch().operations())
        .isSameAs(b.batches().get(0).batch().operations());
  }

  @Test
  void theViewsOfOnePageShareTheStringOfItsPath() {
    hub = open(100, 10, OverflowPolicy.RELOAD_PAGE);
    DefaultScriptSession first = hello(new String("/a.html"));
    DefaultScriptSession second = hello(new String("/a.html"));

    assertThat(second.page()).isSameAs(first.page());
    hub.end(first);
    hub.end(second);
    String again = new String("/a.html");
    assertThat(hello(again).page()).isSameAs(again);
  }

  @Test
  void aResumeSendsOnlyWhatThePageHasNotAppliedAndRefusesASeqNeverSent() {
    hub = open(10_000, 10, OverflowPolicy.RELOAD_PAGE);
    DefaultScriptSession session = hello("/a.html");
    for (int i = 1; i <= 5; i++) {
      int n = i;
      hub.session(session.id()).push(batch -> batch.call(PROBE, "apply", n));
    }
    IdleConnection connection = new IdleConnection(session);

    assertThat(session.attach(connection, 3)).isEqualTo(PageDownlink.Resume.ATTACHED);
    assertThat(session.backlog().acknowledged()).isEqualTo(3);
    assertThat(session.outgoing(connection, 3, 10).batches())
        .extracting(OutboundLog.Entry::seq).containsExactly(4L, 5L);
    assertThat(session.attach(new IdleConnection(session), 9))
        .isEqualTo(PageDownlink.Resume.SEQ_AHEAD);
  }

  @Test
  void theReloadPolicyDropsTheBacklogTellsThePageAndDropsLaterPushes() {
    hub = open(10_000, 3, OverflowPolicy.RELOAD_PAGE);
    DefaultScriptSession session = hello("/a.html");
    IdleConnection stalled = new IdleConnection(session);
    session.attach(stalled, 0);

    for (int i = 0; i < 5; i++) {
      hub.allSessions().run(() -> Js.call(PROBE, "apply", 1));
    }

    assertThat(session.backlog().messages()).isZero();
    assertThat(session.isReloadRequired()).isTrue();
    assertThat(session.outgoing(stalled, 0, 10).frames()).extracting(SessionHubTest::text)
        .singleElement().asString().startsWith("{\"t\":\"reload\"");
    assertThat(session.attach(new IdleConnection(session), 0))
        .isEqualTo(PageDownlink.Resume.RELOAD);
    await().atMost(Duration.ofSeconds(10)).until(() -> events.contains(
        "overflowed " + session.id()));
    assertThat(session.isEnded()).isFalse();
  }

  @Test
  void theEndSessionPolicyEndsASessionThatOverflows() {
    hub = open(10_000, 3, OverflowPolicy.END_SESSION);
    DefaultScriptSession session = hello("/a.html");

    for (int i = 0; i < 4; i++) {
      hub.allSessions().run(() -> Js.call(PROBE, "apply", 1));
    }

    assertThat(session.isEnded()).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("expired " + session.id()));
    assertThat(events).contains("overflowed " + session.id());
  }

  @Test
  void aCallbackRunsWithItsPageAsTheCurrentSessionAndAnswersThatPageOnly() throws Exception {
    hub = open(10_000, 10, OverflowPolicy.RELOAD_PAGE);
    DefaultScriptSession clicking = hello("/a.html");
    DefaultScriptSession watching = hello("/a.html");
    AtomicReference<Optional<ScriptSession>> current = new AtomicReference<>();
    IdleConnection page = new IdleConnection(clicking);
    clicking.attach(page, 0);
    hub.page("/a.html").run(() -> Js.call(PROBE, "onClick", Js.function(arguments -> {
      current.set(Browser.currentSession());
      Js.call(PROBE, "apply", 2);
    })));
    JsonNode batch = JSON.readTree(text(clicking.outgoing(page, 0, 1).frames().get(0)));
    long callback = batch.at("/ops/0/args/0").asLong();

    Optional<String> rejection = new UplinkDispatcher().dispatch(clicking,
        "{\"t\":\"event\",\"fn\":" + callback + ",\"args\":[]}");

    assertThat(rejection).isEmpty();
    await().atMost(Duration.ofSeconds(10)).until(() -> clicking.backlog().messages() == 2);
    assertThat(current.get()).contains(clicking);
    assertThat(watching.backlog().messages()).isEqualTo(1);
  }

  @Test
  void sessionsAreCappedPerAddressAndInTotalAndAnEndedOneFreesItsPlace() {
    hub = SessionHub.open(SessionSettings.builder().maxSessions(3).maxSessionsPerAddress(2)
        .build(), "capped hub");

    SessionHub.Admission first = helloFrom("192.0.2.1");
    SessionHub.Admission second = helloFrom("192.0.2.1");
    SessionHub.Admission thirdFromThatAddress = helloFrom("192.0.2.1");
    SessionHub.Admission fromAnother = helloFrom("192.0.2.2");
    SessionHub.Admission overTheTotal = helloFrom("192.0.2.3");
    hub.end(first.session());
    SessionHub.Admission afterOneEnded = helloFrom("192.0.2.1");

    assertThat(second.refusal()).isNull();
    assertThat(thirdFromThatAddress.refusal()).isEqualTo(SessionLimit.ADDRESS);
    assertThat(fromAnother.refusal()).isNull();
    assertThat(overTheTotal.refusal()).isEqualTo(SessionLimit.SERVER);
    assertThat(afterOneEnded.refusal()).isNull();
    assertThat(afterOneEnded.session().clientAddress()).isEqualTo("192.0.2.1");
  }

  @Test
  void theListenerPoolHasTheConfiguredThreadsHoweverManySessionsAreCreated() {
    List<String> threads = new CopyOnWriteArrayList<>();
    hub = SessionHub.open(SessionSettings.builder().listenerThreads(2)
        .addListener(new ScriptSessionListener() {
          @Override
          public void sessionCreated(ScriptSession session) {
            threads.add(Thread.currentThread().getName());
          }
        }).build(), "small pool");

    for (int i = 0; i < 500; i++) {
      hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    }

    await().atMost(Duration.ofSeconds(10)).until(() -> threads.size() == 500);
    assertThat(Set.copyOf(threads)).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void aUserTargetReachesEveryPageOfThatUserAndNoOtherOnes() {
    hub = open(1000, 10, OverflowPolicy.RELOAD_PAGE);
    DefaultScriptSession adaShare = hub.hello("/share.html", "ada", SessionIds.next(), false)
        .orElseThrow();
    DefaultScriptSession adaChat = hub.hello("/chat.html", "ada", SessionIds.next(), false)
        .orElseThrow();
    DefaultScriptSession grace = hub.hello("/share.html", "grace", SessionIds.next(), false)
        .orElseThrow();
    DefaultScriptSession anonymous = hello("/share.html");

    hub.user("ada").run(() -> Js.call(PROBE, "apply", 1));

    assertThat(adaShare.user()).contains("ada");
    assertThat(anonymous.user()).isEmpty();
    assertThat(hub.user("ada").sessions()).containsExactlyInAnyOrder(adaShare, adaChat);
    assertThat(List.of(adaShare, adaChat, grace, anonymous))
        .extracting(session -> session.backlog().messages()).containsExactly(1, 1, 0, 0);
    hub.end(adaChat);
    assertThat(hub.user("ada").sessions()).containsExactly(adaShare);
  }

  private SessionHub open(int heartbeatMillis, int maxMessages, OverflowPolicy policy) {
    return SessionHub.open(SessionSettings.builder()
        .heartbeat(Duration.ofMillis(heartbeatMillis))
        .disconnectGrace(Duration.ofMillis(3 * heartbeatMillis))
        .outboundLimit(maxMessages, 1 << 20)
        .overflowPolicy(policy)
        .maxMessagesPerSecond(1000)
        .addListener(new Recorder())
        .build(), "test hub");
  }

  private SessionHub.Admission helloFrom(String address) {
    return hub.hello("/a.html", null, SessionIds.next(), address, false);
  }

  private DefaultScriptSession hello(String page) {
    return hub.hello(page, SessionIds.next(), false).orElseThrow();
  }

  private static String text(ByteBuffer frame) {
    return StandardCharsets.UTF_8.decode(frame).toString();
  }

  private final class Recorder implements ScriptSessionListener {
    @Override
    public void sessionCreated(ScriptSession session) {
      events.add("created " + session.id());
    }

    @Override
    public void sessionDisconnected(ScriptSession session) {
      events.add("disconnected " + session.id());
    }

    @Override
    public void sessionOverflowed(ScriptSession session) {
      events.add("overflowed " + session.id());
    }

    @Override
    public void sessionExpired(ScriptSession session) {
      events.add("expired " + session.id());
    }
  }
}
