package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.RawWebSocket;
import org.junit.jupiter.api.Test;

class DemoAppTickerTest {

  @Test
  void theTickerPushesANewPriceToEveryPageEverySecond() throws Exception {
    try (DemoApp app = DemoApp.start("127.0.0.1", 0);
        RawWebSocket page = RawWebSocket.connect(app.encke(), "/share.html")) {
      page.next();
      app.startTicker();

      String first = page.next();
      String second = page.next();

      assertThat(first).startsWith("{\"t\":\"batch\",\"seq\":1,\"ops\":[{\"op\":\"call\","
          + "\"on\":[\"dwr\",\"util\"],\"fn\":\"setValue\",\"args\":[\"price\",\"");
      assertThat(second).startsWith("{\"t\":\"batch\",\"seq\":2,");
      assertThat(first).matches(".*\"args\":\\[\"price\",\"\\d+\\.\\d{2}\"\\].*");
    }
  }
}
