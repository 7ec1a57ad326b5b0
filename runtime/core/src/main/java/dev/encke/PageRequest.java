package dev.encke;

import java.util.List;

/**
 * The request a page opens its script session with, as a {@link UserResolver} sees it: read-only,
 * valid only during the call to the resolver, and only on that thread.
 */
public interface PageRequest {

  /** The page's path below the application, such as {@code /share.html}. */
  String page();

  /** The values of every request cookie called {@code name}; empty when there is none. */
  List<String> cookies(String name);

  /** The first value of the request header {@code name}, or {@code null}. */
  String header(String name);

  /**
   * The client's IP address, such as {@code 203.0.113.7}: the peer, or what a trusted proxy's
   * {@code X-Forwarded-For} says ({@link Encke.Builder#trustedProxies}).
   */
  String clientAddress();
}
