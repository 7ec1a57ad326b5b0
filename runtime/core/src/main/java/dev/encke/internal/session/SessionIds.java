package dev.encke.internal.session;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: 128 bits from {@link SecureRandom}, URL-safe Base64 without padding. */
public final class SessionIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private SessionIds() {}

  public static String next() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return ENCODER.encodeToString(bits);
  }
}
