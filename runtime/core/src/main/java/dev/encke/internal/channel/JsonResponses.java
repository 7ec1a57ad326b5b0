package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.protocol.Frames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Complete JSON responses; a refusal carries the reason as an {@code error} message. */
final class JsonResponses {

  private JsonResponses() {}

  static void json(HttpExchange exchange, int status, String json) {
    exchange.setHeader("Content-Type", "application/json;charset=utf-8");
    exchange.setHeader("Cache-Control", "no-store");
    exchange.respond(status, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@code status} with body {@code {"t":"error","reason":"…"}}. */
  static void refuse(HttpExchange exchange, int status, String reason) {
    json(exchange, status, Frames.errorText(reason));
  }
}
