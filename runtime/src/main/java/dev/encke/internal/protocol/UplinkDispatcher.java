package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.internal.session.DefaultScriptSession;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Reads up-link messages. A malformed or unknown message is answered with an {@code error} frame that
 * gives the reason; it never closes the session or escapes as an exception.
 */
public final class UplinkDispatcher {

  /**
   * Handles one message from the page of {@code session}.
   *
   * @return the error frame to send back, if the message was rejected
   */
  public Optional<ByteBuffer> dispatch(DefaultScriptSession session, String message) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(message);
    } catch (JsonProcessingException e) {
      return reject("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      return reject("not a JSON object");
    }
    JsonNode type = root.get("t");
    if (type == null || !type.isTextual()) {
      return reject("no message type \"t\"");
    }
    switch (type.asText()) {
      case "ack":
        JsonNode seq = root.get("seq");
        if (seq == null || !seq.canConvertToLong() || seq.asLong() < 0) {
          return reject("ack without a valid \"seq\": " + seq);
        }
        session.acknowledge(seq.asLong());
        return Optional.empty();
      default:
        return reject("unknown message type \"" + type.asText() + "\"");
    }
  }

  private static Optional<ByteBuffer> reject(String reason) {
    return Optional.of(Frames.error(reason));
  }
}
