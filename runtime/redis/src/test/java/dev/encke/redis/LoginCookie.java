package dev.encke.redis;

import dev.encke.PageRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cluster tests' stand-in for an application's login: a cookie {@code login=<user>.<mac>}
 * whose HMAC-SHA256 over the user's name only a holder of the secret can make. The test issues it
 * as a login page would; every node's {@link dev.encke.UserResolver} verifies it, so a page
 * cannot name a user it has no cookie of.
 */
final class LoginCookie {

  static final String NAME = "login";

  private final byte[] secret;

  LoginCookie(byte[] secret) {
    this.secret = secret.clone();
  }

  /** The value of the login cookie of {@code user}. */
  String issue(String user) {
    return user + "." + HexFormat.of().formatHex(mac(user));
  }

  /** The user of the first login cookie of {@code request} that verifies. */
  Optional<String> userOf(PageRequest request) {
    for (String value : request.cookies(NAME)) {
      int dot = value.lastIndexOf('.');
      if (dot > 0 && MessageDigest.isEqual(mac(value.substring(0, dot)),
          HexFormat.of().parseHex(value.substring(dot + 1)))) {
        return Optional.of(value.substring(0, dot));
      }
    }
    return Optional.empty();
  }

  private byte[] mac(String user) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(("login:" + user).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no HmacSHA256 here", e);
    }
  }
}
