package dev.encke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.RawWebSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnckeMetricsTest {

  @Test
  void metricsCountConnectedSessionsByTransportAndAcknowledgedDeliveries() throws Exception {
    try (Encke encke = Encke.builder().port(0).start();
        RawWebSocket first = RawWebSocket.connect(encke, "/a.html");
        RawWebSocket second = RawWebSocket.connect(encke, "/b.html")) {
      first.next();
      second.next();

      for (int i = 1; i <= 3; i++) {
        int n = i;
        encke.withAllSessions(() -> Js.call(JsRef.global("probe"), "apply", n));
      }
      for (int i = 1; i <= 3; i++) {
        first.next();
        second.next();
      }
      first.ack(3);
      second.ack(2);

      await().atMost(Duration.ofSeconds(10)).until(() -> encke.metrics().deliveries() == 5);
      EnckeMetrics metrics = encke.metrics();
      assertThat(metrics.sessions()).isEqualTo(2);
      assertThat(metrics.connected(Transport.WEBSOCKET)).isEqualTo(2);
      assertThat(metrics.connected(Transport.SSE)).isZero();
      await().atMost(Duration.ofSeconds(5))
          .until(() -> encke.metrics().deliveriesPerSecond() > 0);
      assertThat(encke.metrics().latencyP99()).isGreaterThan(Duration.ZERO);
    }
  }

  @Test
  void theTimeAPageHeldItsAckBackIsNotCountedAsLatency() throws Exception {
    try (Encke encke = Encke.builder().port(0).start();
        RawWebSocket page = RawWebSocket.connect(encke, "/a.html")) {
      page.next();
      encke.withAllSessions(() -> Js.call(JsRef.global("probe"), "apply", 1));
      page.next();
      page.send("{\"t\":\"ack\",\"seq\":1,\"held\":1000}");

      await().atMost(Duration.ofSeconds(10)).until(() -> encke.metrics().deliveries() == 1);
      await().atMost(Duration.ofSeconds(5))
          .until(() -> encke.metrics().deliveriesPerSecond() > 0);
      // Pushed and acknowledged within far less than the second the page says it waited: with
      // the wait taken off, nothing is left.
      assertThat(encke.metrics().latencyP99()).isEqualTo(Duration.ZERO);
    }
  }
}
