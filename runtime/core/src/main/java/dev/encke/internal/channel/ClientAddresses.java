package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a request comes from, as the per-address limits and the log name it: the address of the
 * peer that connected, unless that peer is one of the trusted proxies, in which case it is the
 * nearest address in {@code X-Forwarded-For} that is not one (each proxy appends the address it
 * was connected from, so the entries to the right are the trustworthy ones). A header from a peer
 * that is not a trusted proxy is ignored: anyone can write one. Immutable.
 */
final class ClientAddresses {

  private static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final int MAX_HOPS = 32;

  private final List<AddressRange> trustedProxies;

  ClientAddresses(List<AddressRange> trustedProxies) {
    this.trustedProxies = List.copyOf(trustedProxies);
  }

  /** The client address of {@code exchange}, as the peer's address or a forwarded one. */
  String of(HttpExchange exchange) {
    String peer = exchange.remoteAddress();
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> hops = forwardedFor(exchange);
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (AddressRange.literal(hop) == null) {
        return client;
      }
      client = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** The key the limits count the client of {@code exchange} under; see {@link AddressRange}. */
  String limitKey(HttpExchange exchange) {
    String client = of(exchange);
    String key = AddressRange.limitKey(client);
    return key != null ? key : String.valueOf(client);
  }

  /** Whether the peer of {@code exchange} is one of the trusted proxies. */
  boolean fromTrustedProxy(HttpExchange exchange) {
    return isTrusted(exchange.remoteAddress());
  }

  private boolean isTrusted(String address) {
    for (AddressRange proxy : trustedProxies) {
      if (proxy.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** Every address of every {@code X-Forwarded-For} header, in order; at most the last 32. */
  private static List<String> forwardedFor(HttpExchange exchange) {
    List<String> hops = new ArrayList<>();
    for (String header : exchange.headers(FORWARDED_FOR)) {
      for (String hop : header.split(",")) {
        hops.add(hop.trim());
      }
    }
    return hops.size() <= MAX_HOPS ? hops : hops.subList(hops.size() - MAX_HOPS, hops.size());
  }
}
