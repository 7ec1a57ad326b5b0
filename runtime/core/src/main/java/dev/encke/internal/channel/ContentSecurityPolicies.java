package dev.encke.internal.channel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Content-Security-Policy of each path: a policy given for the exact path wins, then the one of
 * the longest matching prefix ({@code /gi/*} matches {@code /gi/} and everything under it), else
 * the default. Immutable once built.
 */
final class ContentSecurityPolicies {

  private final String defaultPolicy;
  private final Map<String, String> exact = new HashMap<>();
  private final List<Map.Entry<String, String>> prefixes = new ArrayList<>();

  /** {@code byPattern}: path patterns, as {@link #checkPattern} accepts them, to policies. */
  ContentSecurityPolicies(String defaultPolicy, Map<String, String> byPattern) {
    this.defaultPolicy = defaultPolicy;
    byPattern.forEach((pattern, policy) -> {
      if (pattern.endsWith("/*")) {
        prefixes.add(Map.entry(pattern.substring(0, pattern.length() - 1), policy));
      } else {
        exact.put(pattern, policy);
      }
    });
    prefixes.sort(Comparator.comparingInt((Map.Entry<String, String> prefix) ->
        prefix.getKey().length()).reversed());
  }

  /**
   * Checks a path pattern as {@code Encke.Builder.contentSecurityPolicy(pattern, policy)} takes
   * it: an absolute path such as {@code /gi/trading.html}, or a folder and everything under it,
   * such as {@code /gi/*}.
   */
  static String checkPattern(String pattern) {
    Objects.requireNonNull(pattern, "pathPattern == null");
    int star = pattern.indexOf('*');
    boolean wellPlaced = star < 0 || star == pattern.length() - 1 && pattern.endsWith("/*");
    if (!pattern.startsWith("/") || !wellPlaced || pattern.contains("//")) {
      throw new IllegalArgumentException("a path pattern is an absolute path such as"
          + " /gi/trading.html, or a folder such as /gi/*: \"" + pattern + "\"");
    }
    return pattern;
  }

  /** Checks a policy: one header value, not blank. */
  static String checkPolicy(String policy) {
    Objects.requireNonNull(policy, "policy == null");
    if (policy.isBlank() || policy.indexOf('\r') >= 0 || policy.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "a policy is one non-blank header value: \"" + policy + "\"");
    }
    return policy;
  }

  /** The policy of the response to {@code path}, such as {@code /gi/trading.html}. */
  String policyFor(String path) {
    String policy = exact.get(path);
    if (policy != null) {
      return policy;
    }
    for (Map.Entry<String, String> prefix : prefixes) {
      if (path.startsWith(prefix.getKey())) {
        return prefix.getValue();
      }
    }
    return defaultPolicy;
  }
}
