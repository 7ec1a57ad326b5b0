package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.session.SessionIds;
import java.util.regex.Pattern;

/**
 * The cookie that binds sessions to one browser: 128 random bits, {@code HttpOnly} and {@code
 * SameSite=Strict}, so neither page script nor a cross-site request carries it.
 */
final class BrowserCookie {

  static final String NAME = "encke-browser";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");

  private BrowserCookie() {}

  /** The browser id the request carries, if well formed; {@code null} otherwise. */
  static String read(HttpExchange exchange) {
    for (String value : exchange.cookies(NAME)) {
      if (WELL_FORMED.matcher(value).matches()) {
        return value;
      }
    }
    return null;
  }

  /** The request's browser id, or a new one set on the response. */
  static String readOrIssue(HttpExchange exchange) {
    String existing = read(exchange);
    if (existing != null) {
      return existing;
    }
    String issued = SessionIds.next();
    exchange.addHeader("Set-Cookie", NAME + "=" + issued + "; Path=/; HttpOnly; SameSite=Strict"
        + (exchange.isSecure() ? "; Secure" : ""));
    return issued;
  }
}
