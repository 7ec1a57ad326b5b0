package dev.encke;

/**
 * The ways a page's channel can travel, in the order the client tries them. See {@code
 * docs/transports.md}.
 */
public enum Transport {
  /** A WebSocket; the up-link shares it. */
  WEBSOCKET("ws"),
  /** Server-Sent Events ({@code EventSource}) down, POST requests up. */
  SSE("sse"),
  /** One chunked response read with {@code fetch().body.getReader()} down, POST requests up. */
  STREAMING("stream"),
  /** A request the server holds until it has something to send; POST requests up. */
  LONG_POLLING("poll");

  private final String wireName;

  Transport(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name the protocol and the page's {@code ?encke-transport=} option use: {@code ws}, {@code
   * sse}, {@code stream} or {@code poll}.
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The transport with this wire name.
   *
   * @throws IllegalArgumentException when no transport has that name
   */
  public static Transport fromWireName(String name) {
    for (Transport transport : values()) {
      if (transport.wireName.equals(name)) {
        return transport;
      }
    }
    throw new IllegalArgumentException(
        "unknown transport \"" + name + "\": expected ws, sse, stream or poll");
  }

  /** The wire name, as the protocol and the page's option spell it. */
  @Override
  public String toString() {
    return wireName;
  }
}
