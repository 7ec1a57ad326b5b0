package dev.encke.internal.jetty;

import dev.encke.internal.session.SessionIds;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * The cookie that binds sessions to one browser: 128 random bits, {@code HttpOnly} and {@code
 * SameSite=Strict}, so neither page script nor a cross-site request carries it.
 */
final class BrowserCookie {

  static final String NAME = "encke-browser";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");

  private BrowserCookie() {}

  /** The browser id the request carries, if well formed; {@code null} otherwise. */
  static String read(Request request) {
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (NAME.equals(cookie.getName()) && WELL_FORMED.matcher(cookie.getValue()).matches()) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** The request's browser id, or a new one set on the response. */
  static String readOrIssue(Request request, Response response) {
    String existing = read(request);
    if (existing != null) {
      return existing;
    }
    String issued = SessionIds.next();
    Response.addCookie(response, HttpCookie.build(NAME, issued)
        .path("/")
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite(HttpCookie.SameSite.STRICT)
        .build());
    return issued;
  }
}
