package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.testing.RawWebSocket;
import org.junit.jupiter.api.Test;

class DemoAppTickerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theTickerPushesANewPriceToEveryPageEverySecond() throws Exception {
    try (DemoApp app = DemoApp.start("127.0.0.1", 0);
        RawWebSocket page = RawWebSocket.connect(app.encke(), "/share.html")) {
      page.next();
      app.startTicker();

      JsonNode first = JSON.readTree(page.next());
      JsonNode second = JSON.readTree(page.next());

      assertThat(first.get("seq").asLong()).isEqualTo(1);
      assertThat(second.get("seq").asLong()).isEqualTo(2);
      JsonNode call = first.at("/ops/0");
      assertThat(call.get("on").toString()).isEqualTo("{\"path\":[\"dwr\",\"util\"]}");
      assertThat(call.get("fn").asText()).isEqualTo("setValue");
      assertThat(call.at("/args/0").asText()).isEqualTo("price");
      assertThat(call.at("/args/1").asText()).matches("\\d+\\.\\d{2}");
    }
  }
}
