package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The headers of every response, pages and channel alike, whatever the host: the
 * Content-Security-Policy of the response's path with {@code frame-ancestors 'self'; object-src
 * 'none'; base-uri 'self'} joined to it (a directive the application set itself is kept as it set
 * it), the matching {@code X-Frame-Options} for browsers that know no {@code frame-ancestors},
 * and {@code nosniff}. Thread-safe.
 */
final class SecurityHeaders {

  private static final Map<String, String> DEFAULTS = defaults();

  private final ContentSecurityPolicies policies;
  /** The joined headers of each configured policy, of which there are few. */
  private final Map<String, Joined> joined = new ConcurrentHashMap<>();

  SecurityHeaders(ContentSecurityPolicies policies) {
    this.policies = policies;
  }

  /** The policy a response to {@code path} carries. */
  String contentSecurityPolicy(String path) {
    return joined(path).contentSecurityPolicy();
  }

  void apply(HttpExchange exchange) {
    Joined headers = joined(exchange.path());
    exchange.setHeader("Content-Security-Policy", headers.contentSecurityPolicy());
    if (headers.frameOptions() != null) {
      exchange.setHeader("X-Frame-Options", headers.frameOptions());
    }
    exchange.setHeader("X-Content-Type-Options", "nosniff");
  }

  private Joined joined(String path) {
    return joined.computeIfAbsent(policies.policyFor(path), SecurityHeaders::join);
  }

  /** One policy with the defaults joined, and the X-Frame-Options its frame-ancestors mean. */
  private record Joined(String contentSecurityPolicy, String frameOptions) {}

  private static Joined join(String configuredPolicy) {
    Map<String, String> directives = directives(configuredPolicy);
    List<String> parts = new ArrayList<>();
    parts.add(configuredPolicy.trim().replaceAll(";\\s*$", ""));
    DEFAULTS.forEach((name, value) -> {
      if (!directives.containsKey(name)) {
        parts.add(name + " " + value);
        directives.put(name, value);
      }
    });
    String ancestors = directives.get("frame-ancestors");
    String frameOptions = "'self'".equals(ancestors) ? "SAMEORIGIN"
        : "'none'".equals(ancestors) ? "DENY" : null;
    return new Joined(String.join("; ", parts), frameOptions);
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
