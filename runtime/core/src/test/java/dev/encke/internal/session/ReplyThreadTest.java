package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.js.JsRef;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** User code chained on a value's future never runs on the thread that read the page's answer. */
class ReplyThreadTest {

  private static final JsRef PROBE = JsRef.global("probe");

  private SessionHub hub;

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void aReplyCompletesItsFutureOnAListenerThreadNotOnTheThreadThatReadIt() throws Exception {
    hub = SessionHub.open(settings(Duration.ofSeconds(10)), "reply threads");
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    AtomicReference<CompletableFuture<String>> asked = new AtomicReference<>();
    hub.session(session.id()).push(batch ->
        asked.set(batch.callForValue(String.class, PROBE, "value")));
    CompletableFuture<Thread> ranOn = asked.get().thenApply(value -> Thread.currentThread());
    long id = askedOf(session);

    new UplinkDispatcher().dispatch(session, "{\"t\":\"reply\",\"id\":" + id + ",\"value\":\"x\"}");

    Thread thread = ranOn.get(10, TimeUnit.SECONDS);
    assertThat(thread).isNotSameAs(Thread.currentThread());
    assertThat(thread.getName()).startsWith("encke-listener-");
  }

  @Test
  void aReplyThatTimesOutFailsItsFutureOnAListenerThread() throws Exception {
    hub = SessionHub.open(settings(Duration.ofMillis(50)), "reply threads");
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    AtomicReference<CompletableFuture<String>> asked = new AtomicReference<>();
    hub.session(session.id()).push(batch ->
        asked.set(batch.callForValue(String.class, PROBE, "value")));

    CompletableFuture<Thread> ranOn =
        asked.get().handle((value, failure) -> Thread.currentThread());

    assertThat(ranOn.get(10, TimeUnit.SECONDS).getName()).startsWith("encke-listener-");
  }

  private static long askedOf(DefaultScriptSession session) {
    IdleConnection page = new IdleConnection(session);
    session.attach(page, 0);
    return session.outgoing(page, 0, 1).batches().get(0).batch().replies().get(0).id();
  }

  private static SessionSettings settings(Duration replyTimeout) {
    return SessionSettings.builder().replyTimeout(replyTimeout).build();
  }
}
