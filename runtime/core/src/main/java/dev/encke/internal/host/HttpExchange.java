package dev.encke.internal.host;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One HTTP request to the channel and its response, as a host hands it to {@link Channel}: the host
 * only adapts bytes, the core decides everything else. No method blocks; the core calls them from
 * the host's thread that handed the exchange over, or from the thread that completed a read or a
 * write. The core ends every exchange it is handed, with {@link #respond} or through the {@link
 * ResponseStream} of {@link #stream}.
 */
public interface HttpExchange {

  /**
   * The path the application is mounted under, such as {@code /app}, which the page addresses the
   * browser reports begin with; empty at the root.
   */
  default String contextPath() {
    return "";
  }

  /** {@code GET}, {@code POST}, … */
  String method();

  /** The path below the application's context, such as {@code /encke/hello}. */
  String path();

  /** Every value of the request header {@code name}, in order; empty when there is none. */
  List<String> headers(String name);

  /** The first value of the request header {@code name}, or {@code null}. */
  default String header(String name) {
    List<String> values = headers(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The values of every request cookie called {@code name}. */
  List<String> cookies(String name);

  /** The first value of the query parameter {@code name}, or {@code null}. */
  String query(String name);

  /**
   * The name of the user the host authenticated this request as (a container's principal), if
   * any; it becomes {@link dev.encke.ScriptSession#user()} of the session the request opens.
   */
  default Optional<String> user() {
    return Optional.empty();
  }

  /** Whether the request came over TLS. */
  boolean isSecure();

  /**
   * The IP address of the peer that connected, as a literal such as {@code 127.0.0.1} or {@code
   * ::1}, without port: the client, or the proxy in front of it. The core decides, from its trusted
   * proxies, whether to believe an {@code X-Forwarded-For} instead.
   */
  String remoteAddress();

  /**
   * The host and port the request was addressed to, as the client sent them: the {@code Host}
   * header (HTTP/2: {@code :authority}), such as {@code app.example.com:8080}; {@code null} when
   * it named none.
   */
  String host();

  /**
   * Reads the whole request body without blocking, then calls exactly one method of {@code body}.
   * A body longer than {@code maxBytes} is not kept: the host may read on and discard some of it, so
   * that the client reads the answer rather than a reset connection, before it calls {@link
   * BodyReceiver#tooLarge}.
   */
  void readBody(int maxBytes, BodyReceiver body);

  /** Sets a response header, replacing any of that name. */
  void setHeader(String name, String value);

  /** Adds a response header, such as a {@code Set-Cookie}. */
  void addHeader(String name, String value);

  /** Whether the status and headers have been sent. */
  boolean isCommitted();

  /** Sends {@code status}, the headers and the whole {@code body}, and ends the exchange. */
  void respond(int status, ByteBuffer body);

  /** Ends the exchange abnormally, as a network failure would, after a failure inside the core. */
  void abort(Throwable cause);

  /**
   * Starts a response that stays open for writes: a down-link. {@code gone} is told, once, when the
   * request fails or the client goes away before the response ended.
   */
  ResponseStream stream(int status, Consumer<Throwable> gone);

  /** The receiver of a request body. */
  interface BodyReceiver {

    /** The whole body, at most the limit long. */
    void received(byte[] body);

    /** The body was longer than the limit. */
    void tooLarge();

    /** The body could not be read. */
    void failed(Throwable cause);
  }
}
