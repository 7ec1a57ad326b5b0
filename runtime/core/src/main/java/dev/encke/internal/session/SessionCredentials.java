package dev.encke.internal.session;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;

/**
 * What binds a session to its page: the browser cookie it was opened under and the CSRF token the
 * page received in its welcome.
 */
public record SessionCredentials(String browserId, String token) {

  /** Whether {@code browser} and {@code presentedToken} are these, compared in constant time. */
  public boolean matches(String browser, String presentedToken) {
    return browser != null && presentedToken != null
        && MessageDigest.isEqual(browserId.getBytes(UTF_8), browser.getBytes(UTF_8))
        & MessageDigest.isEqual(token.getBytes(UTF_8), presentedToken.getBytes(UTF_8));
  }
}
