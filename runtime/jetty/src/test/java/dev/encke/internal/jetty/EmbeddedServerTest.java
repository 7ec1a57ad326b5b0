package dev.encke.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Encke;
import dev.encke.Transport;
import dev.encke.testing.PageHello;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aTransportForcedByConfigurationIsTheOnlyOneOfferedAndTheOthersAreRefused() {
    try (Encke encke = Encke.builder().port(0).transports(Transport.LONG_POLLING).start()) {
      PageHello page = PageHello.say(HTTP, encke.uri(), "/only-poll.html");

      assertThat(page.welcome()).contains("\"transports\":[\"poll\"]");
      assertThatThrownBy(() -> HTTP.newWebSocketBuilder()
          .header("Origin", PageHello.origin(encke.uri())).header("Cookie", page.cookie())
          .buildAsync(URI.create("ws://127.0.0.1:" + encke.port() + "/encke/ws"),
              new WebSocket.Listener() { }).join())
          .cause().isInstanceOf(WebSocketHandshakeException.class)
          .satisfies(e -> assertThat(String.valueOf(((WebSocketHandshakeException) e)
              .getResponse().body())).contains("transport ws is disabled on this server"));
    }
  }

  @Test
  void badSettingsAreRefusedQuotingTheValue() {
    Encke.Builder builder = Encke.builder();

    assertThatThrownBy(() -> builder.heartbeat(Duration.ofSeconds(20)))
        .hasMessage("heartbeat must be between 50 ms and PT15S, under half of Jetty's 30 s idle"
            + " timeout: PT20S");
    assertThatThrownBy(() -> builder.allowedOrigins("https://app.example.com/path"))
        .hasMessage("an origin is scheme://host[:port], such as https://app.example.com:"
            + " \"https://app.example.com/path\"");
    assertThatThrownBy(() -> builder.outboundLimit(0, 1 << 20))
        .hasMessage("outboundLimit needs at least 1 message and 1024 bytes: 0 messages, 1048576"
            + " bytes");
    assertThatThrownBy(() -> builder.maxMessagesPerSecond(0))
        .hasMessage("maxMessagesPerSecond must be at least 1: 0");
    assertThatThrownBy(() -> builder.transports())
        .hasMessage("transports must name at least one transport");
  }
}
