package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.protocol.Text;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which origins may open channels: the server's own (scheme and host of the request) and an
 * allowlist. A cross-site page that opens a WebSocket or POSTs with the user's cookie is refused.
 * Immutable.
 */
final class OriginPolicy {

  private final Set<String> allowed;

  OriginPolicy(List<String> allowed) {
    this.allowed = allowed.stream().map(OriginPolicy::normalize).collect(Collectors.toSet());
  }

  /**
   * Why {@code request} is refused, or {@code null} when its origin may proceed.
   *
   * @param required whether a request without an {@code Origin} header is refused: browsers send
   *     one on every WebSocket upgrade and POST, but not on a same-origin {@code EventSource}
   */
  String refusal(HttpExchange request, boolean required) {
    List<String> values = request.headers("Origin");
    if (values.size() > 1) {
      return "request with " + values.size() + " Origin headers refused";
    }
    String origin = values.isEmpty() ? null : values.get(0);
    if (origin == null) {
      return required ? "request without an Origin header refused" : null;
    }
    String host = request.host();
    String own = (request.isSecure() ? "https://" : "http://") + host;
    String normalized = normalize(origin);
    if (host != null && normalized.equals(normalize(own)) || allowed.contains(normalized)) {
      return null;
    }
    return "cross-origin request refused: Origin \"" + Text.abbreviate(origin, 100)
        + "\" is neither " + own
        + " nor an allowed origin";
  }

  private static String normalize(String origin) {
    String lower = origin.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
