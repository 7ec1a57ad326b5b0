package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Encke;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSecurityPoliciesTest {

  private static final String STRICT = "script-src 'self'";
  private static final String LOOSE = "script-src 'self' 'unsafe-eval' 'unsafe-inline'";

  @Test
  void anExactPathWinsOverItsFolderAndTheLongerFolderOverTheShorter() {
    Map<String, String> byPattern = new LinkedHashMap<>();
    byPattern.put("/gi/*", "folder");
    byPattern.put("/gi/apps/*", "subfolder");
    byPattern.put("/gi/apps/trading.html", "page");
    ContentSecurityPolicies policies = new ContentSecurityPolicies(STRICT, byPattern);

    assertThat(policies.policyFor("/gi/apps/trading.html")).isEqualTo("page");
    assertThat(policies.policyFor("/gi/apps/other.html")).isEqualTo("subfolder");
    assertThat(policies.policyFor("/gi/JSX/js/JSX30.js")).isEqualTo("folder");
    assertThat(policies.policyFor("/gi/")).isEqualTo("folder");
    assertThat(policies.policyFor("/gi")).isEqualTo(STRICT);
    assertThat(policies.policyFor("/gift.html")).isEqualTo(STRICT);
    assertThat(policies.policyFor("/share.html")).isEqualTo(STRICT);
  }

  @Test
  void badPatternsAndPoliciesAreRefusedQuotingTheValue() {
    Encke.Builder builder = Encke.builder();

    assertThatThrownBy(() -> builder.contentSecurityPolicy("gi/*", LOOSE))
        .hasMessage("a path pattern is an absolute path such as /gi/trading.html, or a folder"
            + " such as /gi/*: \"gi/*\"");
    assertThatThrownBy(() -> builder.contentSecurityPolicy("/gi/*.html", LOOSE))
        .hasMessageEndingWith(": \"/gi/*.html\"");
    assertThatThrownBy(() -> builder.contentSecurityPolicy("/gi*", LOOSE))
        .hasMessageEndingWith(": \"/gi*\"");
    assertThatThrownBy(() -> builder.contentSecurityPolicy("/gi/*", " "))
        .hasMessage("a policy is one non-blank header value: \" \"");
    assertThatThrownBy(() -> builder.contentSecurityPolicy("/gi/*", "script-src 'self'\r\nX: 1"))
        .hasMessage("a policy is one non-blank header value: \"script-src 'self'\r\nX: 1\"");
  }
}
