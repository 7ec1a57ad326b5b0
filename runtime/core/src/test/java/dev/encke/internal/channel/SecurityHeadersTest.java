package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void theFramingPluginAndBaseDirectivesAreJoinedToThePolicyOfEachPath() {
    SecurityHeaders headers = new SecurityHeaders(new ContentSecurityPolicies("script-src 'self'",
        Map.of("/gi/*", "default-src 'self' 'unsafe-eval';")));

    assertThat(headers.contentSecurityPolicy("/share.html"))
        .isEqualTo("script-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
    assertThat(headers.contentSecurityPolicy("/gi/trading.html"))
        .isEqualTo("default-src 'self' 'unsafe-eval'; frame-ancestors 'self'; object-src 'none';"
            + " base-uri 'self'");
  }

  @Test
  void aDirectiveThePageSetsItselfIsKeptAsItSetIt() {
    SecurityHeaders embeddable = new SecurityHeaders(new ContentSecurityPolicies(
        "script-src 'self'; Frame-Ancestors https://portal.example.com", Map.of()));

    assertThat(embeddable.contentSecurityPolicy("/")).isEqualTo("script-src 'self';"
        + " Frame-Ancestors https://portal.example.com; object-src 'none'; base-uri 'self'");
  }
}
