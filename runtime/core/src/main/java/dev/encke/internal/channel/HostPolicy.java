package dev.encke.internal.channel;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which hosts the server answers as, against DNS rebinding: a page of {@code evil.example} whose
 * name the attacker re-points at this server sends {@code Host: evil.example}, and must not be
 * served. Allowed are IP literals (a literal cannot be rebound), {@code localhost}, the host the
 * server binds, the hosts of the allowed origins and the allowed hosts. A request that names no
 * host (HTTP/1.0) is not a browser's rebinding request, and passes. Immutable.
 */
final class HostPolicy {

  private final Set<String> names = new HashSet<>();

  HostPolicy(ChannelSettings settings) {
    names.add("localhost");
    names.add(normalize(settings.boundHost()));
    for (String origin : settings.allowedOrigins()) {
      names.add(normalize(URI.create(origin).getHost()));
    }
    names.addAll(settings.allowedHosts());
  }

  /** Whether a request whose {@code Host} is {@code authority} (such as {@code a.b:8080}) passes. */
  boolean allows(String authority) {
    if (authority == null || authority.isEmpty()) {
      return true;
    }
    String host = hostOf(authority);
    return AddressRange.literal(host) != null || names.contains(normalize(host));
  }

  /** The host of {@code host[:port]} or {@code [v6]:port}. */
  private static String hostOf(String authority) {
    if (authority.startsWith("[")) {
      int end = authority.indexOf(']');
      return end < 0 ? authority : authority.substring(0, end + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /** A host name as compared: lower case, no trailing dot. */
  static String normalize(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
