package dev.encke.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.encke.Encke;
import dev.encke.Transport;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.RawWebSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebSocketChannelTest {

  private static Encke encke;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).start();
  }

  @AfterAll
  static void stop() {
    encke.close();
  }

  @Test
  void aResumedSocketCarriesItsSessionAndByeEndsTheSession() throws Exception {
    try (RawWebSocket socket = RawWebSocket.connect(encke, "/chat.html")) {
      String welcome = socket.next();

      assertThat(welcome).startsWith("{\"t\":\"welcome\",\"v\":1,\"session\":\"");
      // The default log holds 1,000 batches or 4 MiB: acknowledge within a second, or at once
      // when 64 batches (at most an eighth of the bound) or 512 KiB wait.
      assertThat(welcome).contains("\"ack\":{\"ms\":1000,\"batches\":64,\"bytes\":524288}");
      await().atMost(Duration.ofSeconds(10)).until(() -> encke.sessions().stream()
          .anyMatch(s -> s.id().equals(socket.session()) && s.isConnected()));
      assertThat(encke.sessions()).singleElement().satisfies(s -> {
        assertThat(s.page()).isEqualTo("/chat.html");
        assertThat(s.transport()).contains(Transport.WEBSOCKET);
        assertThat(welcome).contains(s.id());
      });
      socket.send("{\"t\":\"bye\"}");
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> encke.sessions().isEmpty());
  }

  @Test
  void aMalformedMessageIsRejectedWithAReasonAndTheSessionKeepsWorking() throws Exception {
    try (RawWebSocket socket = RawWebSocket.connect(encke, "/x.html")) {
      socket.next();

      socket.send("{not json");
      assertThat(socket.next()).startsWith("{\"t\":\"error\",\"reason\":\"not JSON");
      socket.send("{\"t\":\"launch\"}");
      assertThat(socket.next()).isEqualTo("{\"t\":\"error\",\"reason\":\"unknown message type \\\"launch\\\"\"}");
      socket.send("{\"t\":\"ack\",\"seq\":\"x\"}");
      assertThat(socket.next()).contains("ack without a valid");
      socket.send("{\"t\":\"ack\",\"held\":\"long\",\"seq\":0}");
      assertThat(socket.next()).contains("ack with an invalid \\\"held\\\": \\\"long\\\"");

      encke.withAllSessions(
          () -> Js.call(JsRef.global("probe"), "setText", "a", "b"));
      assertThat(socket.next()).startsWith("{\"t\":\"batch\",\"seq\":1,");
      socket.send("{\"t\":\"bye\"}");
    }
  }
}
