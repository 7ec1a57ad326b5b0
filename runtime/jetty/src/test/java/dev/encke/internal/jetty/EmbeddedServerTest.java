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
import org.junit.jupiter.api.Test;

class EmbeddedServerTest {

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
}
