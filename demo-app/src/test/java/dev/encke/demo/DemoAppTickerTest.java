package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.testing.RawWebSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAppTickerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theTickersPushANewPriceToEverySharePageEverySecond() throws Exception {
    try (DemoApp app = DemoApp.start("127.0.0.1", 0);
        RawWebSocket page = RawWebSocket.connect(app.encke(), "/share.html")) {
      JsonNode welcome = JSON.readTree(page.next());
      assertThat(welcome.get("t").asText()).isEqualTo("welcome");
      List<String> prices = new ArrayList<>();
      app.startTickers();

      while (prices.size() < 3) {
        JsonNode batch = JSON.readTree(page.next());
        for (JsonNode op : batch.path("ops")) {
          if (op.path("fn").asText().equals("setValue") && op.at("/args/0").asText().equals("price")) {
            prices.add(op.at("/args/1").asText());
          }
        }
      }

      assertThat(prices).allMatch(price -> price.matches("\\d+\\.\\d{2}"));
      assertThat(prices.get(0)).isEqualTo("42.00");
    }
  }
}
