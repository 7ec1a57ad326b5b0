package dev.encke.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.encke.Encke;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.Attacker;
import dev.encke.testing.RawWebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What {@code Encke.shutdown(grace)} does while it waits, at the protocol level: it asks the page
 * for its acknowledgement with a heartbeat, waits for it, however long within the grace, turns new
 * pages away with 503 and {@code Retry-After} meanwhile, and tells the page to reconnect once it
 * acknowledged.
 */
class GracefulShutdownTest {

  @Test
  void shutdownAsksForTheAcknowledgementWaitsForItAndRefusesNewPagesMeanwhile() throws Exception {
    Encke encke = startWithTheLongestHeartbeat();
    try (RawWebSocket page = pageWithOneBatch(encke)) {
      int greetings = page.heartbeats();
      CompletableFuture<Void> shutdown =
          CompletableFuture.runAsync(() -> encke.shutdown(Duration.ofSeconds(30)));
      // Sooner than the 15 s interval would send one: the shutdown asked.
      await().atMost(10, TimeUnit.SECONDS).until(() -> page.heartbeats() > greetings);
      try (Attacker newcomer = Attacker.from("127.0.0.41", encke.uri())) {
        Attacker.Answer refused = await().atMost(10, TimeUnit.SECONDS).until(
            () -> newcomer.send(newcomer.hello("/a.html")), answer -> answer.status() == 503);
        assertThat(refused.retryAfter()).isNotNull();
        assertThat(refused.body()).contains("shutting down");
      }
      assertThat(shutdown).isNotDone();

      page.ack(1);
      shutdown.get(10, TimeUnit.SECONDS);
      assertThat(page.next()).contains("\"t\":\"reload\"", "reconnect elsewhere");
    }
  }

  @Test
  void aPageThatAcknowledgedEverythingIsNotAskedAgainAndIsToldToReconnect() throws Exception {
    Encke encke = startWithTheLongestHeartbeat();
    try (RawWebSocket page = pageWithOneBatch(encke)) {
      page.ack(1);
      DefaultScriptSession session = (DefaultScriptSession) encke.sessions().iterator().next();
      await().atMost(10, TimeUnit.SECONDS).until(() -> session.backlog().messages() == 0);
      int greetings = page.heartbeats();

      CompletableFuture.runAsync(() -> encke.shutdown(Duration.ofSeconds(30)))
          .get(10, TimeUnit.SECONDS);
      assertThat(page.next()).contains("\"t\":\"reload\"", "reconnect elsewhere");
      assertThat(page.heartbeats()).isEqualTo(greetings);
    }
  }

  /** The longest interval, so that a heartbeat soon after a shutdown began is the shutdown's. */
  private static Encke startWithTheLongestHeartbeat() {
    return Encke.builder().port(0).heartbeat(Duration.ofSeconds(15)).start();
  }

  /** A raw page that has received one batch, seq 1, and not acknowledged it. */
  private static RawWebSocket pageWithOneBatch(Encke encke) throws InterruptedException {
    RawWebSocket page = RawWebSocket.connect(encke, "/raw.html");
    assertThat(page.next()).contains("\"t\":\"welcome\"");
    await().atMost(10, TimeUnit.SECONDS).until(() -> encke.sessions().stream()
        .allMatch(session -> session.isConnected()));
    encke.session(page.session()).run(() -> Js.call(JsRef.global("probe"), "append", "out",
        "before the shutdown"));
    assertThat(page.next()).contains("\"t\":\"batch\"", "\"seq\":1");
    return page;
  }
}
