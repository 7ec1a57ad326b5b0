package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.session.SessionIds;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cookie that binds sessions to one browser: a browser id of 128 random bits and its
 * HMAC-SHA256 under the server's secret, {@code HttpOnly} and {@code SameSite=Strict}, so that
 * neither page script nor a cross-site request carries it, and only a cookie this server (or a node
 * sharing its secret) issued opens a channel: a made-up one is refused before any state is kept.
 * Thread-safe.
 */
final class BrowserCookie {

  static final String NAME = "encke-browser";
  private static final String ALGORITHM = "HmacSHA256";
  /** 22 characters of id, a dot, 22 of signature: 128 bits each, URL-safe Base64. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}");
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final Mac prototype;

  BrowserCookie(byte[] secret) {
    try {
      prototype = Mac.getInstance(ALGORITHM);
      prototype.init(new SecretKeySpec(secret, ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + ALGORITHM, e);
    }
  }

  /** The browser id of the request's cookie if this server signed it; {@code null} otherwise. */
  String read(HttpExchange exchange) {
    for (String value : exchange.cookies(NAME)) {
      if (WELL_FORMED.matcher(value).matches()) {
        String id = value.substring(0, 22);
        byte[] presented = value.substring(23).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(signature(id).getBytes(StandardCharsets.US_ASCII), presented)) {
          return id;
        }
      }
    }
    return null;
  }

  /** The request's browser id, or a new one whose signed cookie is set on the response. */
  String readOrIssue(HttpExchange exchange) {
    String existing = read(exchange);
    if (existing != null) {
      return existing;
    }
    String issued = SessionIds.next();
    exchange.addHeader("Set-Cookie", NAME + "=" + issued + "." + signature(issued)
        + "; Path=/; HttpOnly; SameSite=Strict" + (exchange.isSecure() ? "; Secure" : ""));
    return issued;
  }

  private String signature(String id) {
    Mac mac;
    try {
      mac = (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(ALGORITHM + " cannot be cloned in this JVM", e);
    }
    byte[] full = mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
    return BASE64.encodeToString(Arrays.copyOf(full, 16));
  }
}
