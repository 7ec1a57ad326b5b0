package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headers of every response, pages and channel alike, whatever the host: the page's
 * Content-Security-Policy with {@code frame-ancestors 'self'; object-src 'none'; base-uri 'self'}
 * joined to it (a directive the application set itself is kept as it set it), the matching {@code
 * X-Frame-Options} for browsers that know no {@code frame-ancestors}, and {@code nosniff}.
 * Immutable.
 */
final class SecurityHeaders {

  private static final Map<String, String> DEFAULTS = defaults();

  private final String contentSecurityPolicy;
  private final String frameOptions;

  SecurityHeaders(String configuredPolicy) {
    Map<String, String> directives = directives(configuredPolicy);
    List<String> joined = new ArrayList<>();
    if (!configuredPolicy.isBlank()) {
      joined.add(configuredPolicy.trim().replaceAll(";\\s*$", ""));
    }
    DEFAULTS.forEach((name, value) -> {
      if (!directives.containsKey(name)) {
        joined.add(name + " " + value);
        directives.put(name, value);
      }
    });
    this.contentSecurityPolicy = String.join("; ", joined);
    String ancestors = directives.get("frame-ancestors");
    this.frameOptions = "'self'".equals(ancestors) ? "SAMEORIGIN"
        : "'none'".equals(ancestors) ? "DENY" : null;
  }

  /** The policy every response carries. */
  String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  void apply(HttpExchange exchange) {
    exchange.setHeader("Content-Security-Policy", contentSecurityPolicy);
    if (frameOptions != null) {
      exchange.setHeader("X-Frame-Options", frameOptions);
    }
    exchange.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** Directive names, in lower case, to their values. */
  private static Map<String, String> directives(String policy) {
    Map<String, String> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      String trimmed = directive.trim();
      if (!trimmed.isEmpty()) {
        String[] parts = trimmed.split("\\s+", 2);
        directives.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
      }
    }
    return directives;
  }

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("frame-ancestors", "'self'");
    defaults.put("object-src", "'none'");
    defaults.put("base-uri", "'self'");
    return defaults;
  }
}
