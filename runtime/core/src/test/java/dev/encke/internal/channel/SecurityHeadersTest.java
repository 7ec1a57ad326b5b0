package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void theFramingPluginAndBaseDirectivesAreJoinedToThePagePolicy() {
    assertThat(new SecurityHeaders("script-src 'self'").contentSecurityPolicy())
        .isEqualTo("script-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
    assertThat(new SecurityHeaders("default-src 'self';").contentSecurityPolicy())
        .isEqualTo("default-src 'self'; frame-ancestors 'self'; object-src 'none';"
            + " base-uri 'self'");
  }

  @Test
  void aDirectiveThePageSetsItselfIsKeptAsItSetIt() {
    SecurityHeaders embeddable =
        new SecurityHeaders("script-src 'self'; Frame-Ancestors https://portal.example.com");

    assertThat(embeddable.contentSecurityPolicy()).isEqualTo("script-src 'self';"
        + " Frame-Ancestors https://portal.example.com; object-src 'none'; base-uri 'self'");
  }
}
