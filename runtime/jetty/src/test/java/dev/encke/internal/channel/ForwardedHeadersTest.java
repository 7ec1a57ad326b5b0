package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.testing.Attacker;
import java.util.Map;
import org.eclipse.jetty.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted reverse proxy the host and origin checks see the address the client used
 * ({@code X-Forwarded-Host}, {@code -Proto}) and pages are named below the proxy's prefix ({@code
 * X-Forwarded-Prefix}); from any other peer those headers change nothing.
 */
class ForwardedHeadersTest {

  private static final String PROXY = "127.0.0.30";

  private static Encke encke;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).trustedProxies(PROXY).allowedHosts("app.example.com")
        .start();
  }

  @AfterAll
  static void stop() {
    encke.close();
  }

  @Test
  void throughTheTrustedProxyTheForwardedHttpsOriginAndHostPass() {
    try (Attacker proxy = Attacker.from(PROXY, encke.uri())) {
      Attacker.Answer hello = proxy.send(forwarded(proxy, "https://app.example.com",
          Map.of("X-Forwarded-Host", "app.example.com", "X-Forwarded-Proto", "https")));

      assertThat(hello.status()).isEqualTo(200);
      assertThat(hello.headers().get("Set-Cookie")).contains("; Secure");
    }
  }

  @Test
  void throughTheTrustedProxyAForwardedHostTheServerDoesNotAnswerAsIsRefusedWith421() {
    try (Attacker proxy = Attacker.from(PROXY, encke.uri())) {
      Attacker.Answer hello = proxy.send(forwarded(proxy, "https://evil.example",
          Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https")));

      assertThat(hello.status()).isEqualTo(421);
      assertThat(hello.body()).contains("evil.example");
    }
  }

  @Test
  void fromAnyOtherPeerTheForwardedHeadersAreIgnored() {
    try (Attacker client = Attacker.from("127.0.0.31", encke.uri())) {
      Attacker.Answer claimed = client.send(forwarded(client, "https://app.example.com",
          Map.of("X-Forwarded-Host", "app.example.com", "X-Forwarded-Proto", "https")));
      Attacker.Answer ownOrigin = client.send(forwarded(client, client.origin(),
          Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https")));

      assertThat(claimed.status()).isEqualTo(403);
      assertThat(claimed.body()).contains("cross-origin request refused");
      assertThat(ownOrigin.status()).isEqualTo(200);
      assertThat(ownOrigin.headers().get("Set-Cookie")).doesNotContain("Secure");
    }
  }

  @Test
  void throughTheTrustedProxyAPageIsNamedBelowTheForwardedPrefix() {
    try (Attacker proxy = Attacker.from(PROXY, encke.uri())) {
      Request hello = proxy.hello("/live/quotes.html")
          .headers(h -> h.put("X-Forwarded-Prefix", "/live"));

      assertThat(proxy.send(hello).status()).isEqualTo(200);
      assertThat(encke.sessions()).extracting(ScriptSession::page).contains("/quotes.html");
    }
  }

  private static Request forwarded(Attacker from, String origin, Map<String, String> headers) {
    return from.hello("/a.html").headers(h -> {
      h.put("Origin", origin);
      headers.forEach(h::put);
    });
  }
}
