package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.host.ResponseStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An exchange as the client addressed it, when it came through one of the trusted proxies: {@code
 * X-Forwarded-Host} is its host and {@code X-Forwarded-Proto} its scheme, for the host and origin
 * checks and the cookie's {@code Secure}, and {@code X-Forwarded-Prefix} the path the proxy
 * mounts the application under. From any other peer the headers are ignored: anyone can write
 * them. Where a proxy chain listed several values, the first is the client's, as the outermost
 * proxy saw it. Immutable; the rest is the host's exchange.
 */
final class ForwardedExchange implements HttpExchange {

  private final HttpExchange exchange;
  private final String host;
  private final Boolean secure;
  private final String prefix;

  private ForwardedExchange(HttpExchange exchange, String host, Boolean secure, String prefix) {
    this.exchange = exchange;
    this.host = host;
    this.secure = secure;
    this.prefix = prefix;
  }

  /** {@code exchange} as forwarded, or itself when its peer is not a trusted proxy. */
  static HttpExchange of(HttpExchange exchange, ClientAddresses addresses) {
    if (exchange instanceof ForwardedExchange || !addresses.fromTrustedProxy(exchange)) {
      return exchange;
    }
    String host = first(exchange, "X-Forwarded-Host");
    String proto = first(exchange, "X-Forwarded-Proto");
    String prefix = first(exchange, "X-Forwarded-Prefix");
    if (host == null && proto == null && prefix == null) {
      return exchange;
    }
    Boolean secure = proto == null ? null : "https".equalsIgnoreCase(proto)
        || "wss".equalsIgnoreCase(proto);
    String mount = prefix == null || !prefix.startsWith("/") ? null
        : prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return new ForwardedExchange(exchange, host, secure, mount);
  }

  private static String first(HttpExchange exchange, String name) {
    String value = exchange.header(name);
    if (value == null) {
      return null;
    }
    int comma = value.indexOf(',');
    String first = (comma < 0 ? value : value.substring(0, comma)).trim();
    return first.isEmpty() ? null : first;
  }

  @Override
  public String host() {
    return host != null ? host : exchange.host();
  }

  @Override
  public boolean isSecure() {
    return secure != null ? secure : exchange.isSecure();
  }

  @Override
  public String contextPath() {
    return prefix != null ? prefix + exchange.contextPath() : exchange.contextPath();
  }

  @Override
  public String method() {
    return exchange.method();
  }

  @Override
  public String path() {
    return exchange.path();
  }

  @Override
  public List<String> headers(String name) {
    return exchange.headers(name);
  }

  @Override
  public List<String> cookies(String name) {
    return exchange.cookies(name);
  }

  @Override
  public String query(String name) {
    return exchange.query(name);
  }

  @Override
  public Optional<String> user() {
    return exchange.user();
  }

  @Override
  public String remoteAddress() {
    return exchange.remoteAddress();
  }

  @Override
  public void readBody(int maxBytes, BodyReceiver body) {
    exchange.readBody(maxBytes, body);
  }

  @Override
  public void setHeader(String name, String value) {
    exchange.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    exchange.addHeader(name, value);
  }

  @Override
  public boolean isCommitted() {
    return exchange.isCommitted();
  }

  @Override
  public void respond(int status, ByteBuffer body) {
    exchange.respond(status, body);
  }

  @Override
  public void abort(Throwable cause) {
    exchange.abort(cause);
  }

  @Override
  public ResponseStream stream(int status, Consumer<Throwable> gone) {
    return exchange.stream(status, gone);
  }
}
