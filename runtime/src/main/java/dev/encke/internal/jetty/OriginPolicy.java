package dev.encke.internal.jetty;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Which origins may open channels: the server's own (scheme and {@code Host} of the request) and an
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
  String refusal(Request request, boolean required) {
    List<String> values = request.getHeaders().getValuesList(HttpHeader.ORIGIN);
    if (values.size() > 1) {
      return "request with " + values.size() + " Origin headers refused";
    }
    String origin = values.isEmpty() ? null : values.get(0);
    if (origin == null) {
      return required ? "request without an Origin header refused" : null;
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    String own = (request.isSecure() ? "https://" : "http://") + host;
    String normalized = normalize(origin);
    if (host != null && normalized.equals(normalize(own)) || allowed.contains(normalized)) {
      return null;
    }
    String shown = origin.length() > 100 ? origin.substring(0, 97) + "..." : origin;
    return "cross-origin request refused: Origin \"" + shown + "\" is neither " + own
        + " nor an allowed origin";
  }

  private static String normalize(String origin) {
    String lower = origin.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
