package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.JsCallback;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Reads up-link messages: acknowledgements, replies and callback events. A malformed or unknown
 * message is answered with an {@code error} frame that gives the reason; it never closes the session
 * or escapes as an exception.
 */
public final class UplinkDispatcher {

  /**
   * Handles one message from the page of {@code session}; callbacks run later on the session's
   * listener executor, never on the calling thread.
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
        return acknowledge(session, root);
      case "reply":
        return reply(session, root);
      case "event":
        return event(session, root);
      default:
        return reject("unknown message type \"" + type.asText() + "\"");
    }
  }

  private static Optional<ByteBuffer> acknowledge(DefaultScriptSession session, JsonNode root) {
    JsonNode seq = root.get("seq");
    if (!isPositiveLong(seq)) {
      return reject("ack without a valid \"seq\": " + seq);
    }
    session.acknowledge(seq.asLong());
    return Optional.empty();
  }

  private static Optional<ByteBuffer> reply(DefaultScriptSession session, JsonNode root) {
    JsonNode id = root.get("id");
    if (!isPositiveLong(id)) {
      return reject("reply without a valid \"id\": " + id);
    }
    Optional<PendingReply> pending = session.takeReply(id.asLong());
    if (pending.isEmpty()) {
      return reject("no reply " + id.asLong() + " is awaited");
    }
    JsonNode error = root.get("error");
    if (error != null) {
      pending.get().fail(new IllegalStateException(
          pending.get() + " failed in the page: " + error.asText()));
    } else {
      pending.get().complete(root.path("value"));
    }
    return Optional.empty();
  }

  private static Optional<ByteBuffer> event(DefaultScriptSession session, JsonNode root) {
    JsonNode fn = root.get("fn");
    if (!isPositiveLong(fn)) {
      return reject("event without a valid \"fn\": " + fn);
    }
    JsonNode args = root.get("args");
    if (args != null && !args.isArray()) {
      return reject("event \"args\" must be an array: " + args);
    }
    Optional<JsCallback> callback = session.callback(fn.asLong());
    if (callback.isEmpty()) {
      return reject("no callback " + fn.asLong() + " was given to this page");
    }
    ArrayNode arguments = args == null ? Json.MAPPER.createArrayNode() : (ArrayNode) args;
    session.listeners().execute(
        new ListenerCall(session, fn.asLong(), callback.get(), arguments));
    return Optional.empty();
  }

  private static boolean isPositiveLong(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0;
  }

  private static Optional<ByteBuffer> reject(String reason) {
    return Optional.of(Frames.error(reason));
  }
}
