package dev.encke.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyPerPathTest {

  private static final String STRICT = "script-src 'self'";
  private static final String LOOSE = "script-src 'self' 'unsafe-eval' 'unsafe-inline'";
  /** What the core joins to every policy, a path's own included. */
  private static final String JOINED = "; frame-ancestors 'self'; object-src 'none'; base-uri 'self'";

  @Test
  void aServerSendsEachPathItsPolicyAndEveryOtherPathTheDefault() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (Encke encke = Encke.builder().port(0).staticResources("web")
        .contentSecurityPolicy("/gi/*", LOOSE).start()) {

      assertThat(policyOf(http, encke.uri().resolve("/gi/trading.html")))
          .isEqualTo(LOOSE + JOINED);
      assertThat(policyOf(http, encke.uri().resolve("/probe.html"))).isEqualTo(STRICT + JOINED);
      assertThat(policyOf(http, encke.uri().resolve("/encke/encke.js")))
          .isEqualTo(STRICT + JOINED);
    }
  }

  private static String policyOf(HttpClient http, URI uri) throws Exception {
    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.discarding());
    return response.headers().firstValue("Content-Security-Policy").orElseThrow();
  }
}
