package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.encke.internal.protocol.CompactAck;
import dev.encke.internal.protocol.Json;
import dev.encke.internal.protocol.Text;
import dev.encke.js.JsCallback;
import java.util.Optional;

/**
 * Reads up-link messages: acknowledgements, heartbeats, replies, callback events and goodbyes. Each
 * message is first {@linkplain #admit admitted} against the page's byte and message budgets, and
 * only then decoded and parsed. A malformed, unknown or over-rate message is rejected with the
 * reason; it never closes the session or escapes as an exception. Stateless and thread-safe.
 */
public final class UplinkDispatcher {

  /** The heartbeat exactly as the client writes it, recognised without parsing. */
  private static final String HEARTBEAT = "{\"t\":\"hb\"}";

  /**
   * Takes one message of {@code bytes} bytes from the page's budgets, before anything decodes or
   * parses it: the bytes a second, then the messages a second. A message refused here costs the
   * server nothing more.
   *
   * @return why the message was refused, if it was
   */
  public Optional<String> admit(DefaultScriptSession session, int bytes) {
    if (!session.admitUplinkBytes(bytes)) {
      return Optional.of("rate limit: more than " + session.settings().maxUplinkBytesPerSecond()
          + " bytes a second from this page; message dropped");
    }
    return admitAnother(session);
  }

  /** Takes one more message of a request already admitted from the messages a second. */
  public Optional<String> admitAnother(DefaultScriptSession session) {
    return session.admitUplink() ? Optional.empty() : rateLimited(session);
  }

  /**
   * Handles one admitted message from the page of {@code session}; callbacks run later on the
   * session's listener executor, never on the calling thread.
   *
   * @return why the message was rejected, if it was
   */
  public Optional<String> dispatch(DefaultScriptSession session, String message) {
    if (message.equals(HEARTBEAT)) {
      return Optional.empty();
    }
    Json.Parsed parsed = Json.parse(message);
    if (parsed.rejection() != null) {
      return Optional.of(parsed.rejection());
    }
    return dispatch(session, parsed.root());
  }

  /** As {@link #dispatch(DefaultScriptSession, String)}, for an admitted message already parsed. */
  public Optional<String> dispatch(DefaultScriptSession session, JsonNode root) {
    if (root == null || !root.isObject()) {
      return Optional.of("not a JSON object: " + abbreviate(String.valueOf(root)));
    }
    JsonNode type = root.get("t");
    if (type == null || !type.isTextual()) {
      return Optional.of("no message type \"t\" in " + abbreviate(root.toString()));
    }
    switch (type.asText()) {
      case "ack":
        return acknowledge(session, root);
      case "hb":
        return Optional.empty();
      case "reply":
        return reply(session, root);
      case "event":
        return event(session, root);
      case "bye":
        session.leave();
        return Optional.empty();
      case "hello":
      case "resume":
        return Optional.of("\"" + type.asText() + "\" opens a connection; it cannot be sent on one");
      default:
        return Optional.of("unknown message type \"" + abbreviate(type.asText()) + "\"");
    }
  }

  private static Optional<String> rateLimited(DefaultScriptSession session) {
    return Optional.of("rate limit: more than " + session.settings().maxMessagesPerSecond()
        + " messages a second from this page; message dropped");
  }

  private Optional<String> acknowledge(DefaultScriptSession session, JsonNode root) {
    JsonNode seq = root.get("seq");
    if (!isNonNegativeLong(seq)) {
      return Optional.of("ack without a valid \"seq\": " + abbreviate(String.valueOf(seq)));
    }
    JsonNode held = root.get("held");
    if (held != null && !isNonNegativeLong(held)) {
      return Optional.of("ack with an invalid \"held\": " + abbreviate(String.valueOf(held)));
    }
    return acknowledge(session, seq.asLong(), held == null ? 0 : held.asLong());
  }

  /**
   * Handles an admitted acknowledgement of {@code seq}, which the page held back {@code
   * heldMillis} after applying its batch, read by {@link CompactAck} without parsing.
   *
   * @return why it was rejected, if it was
   */
  public Optional<String> acknowledge(DefaultScriptSession session, long seq, long heldMillis) {
    if (!session.acknowledge(seq, heldMillis)) {
      return Optional.of("ack of seq " + seq + ", which was never sent");
    }
    return Optional.empty();
  }

  private static Optional<String> reply(DefaultScriptSession session, JsonNode root) {
    JsonNode id = root.get("id");
    if (!isPositiveLong(id)) {
      return Optional.of("reply without a valid \"id\": " + abbreviate(String.valueOf(id)));
    }
    JsonNode error = root.get("error");
    if (!session.answer(id.asLong(), root.path("value"), error == null ? null : error.asText())) {
      return Optional.of("no reply " + id.asLong() + " is awaited");
    }
    return Optional.empty();
  }

  private static Optional<String> event(DefaultScriptSession session, JsonNode root) {
    JsonNode fn = root.get("fn");
    if (!isPositiveLong(fn)) {
      return Optional.of("event without a valid \"fn\": " + abbreviate(String.valueOf(fn)));
    }
    JsonNode args = root.get("args");
    if (args != null && !args.isArray()) {
      return Optional.of("event \"args\" must be an array: " + abbreviate(args.toString()));
    }
    Optional<JsCallback> callback = session.callback(fn.asLong());
    if (callback.isEmpty()) {
      return Optional.of("no callback " + fn.asLong() + " was given to this page");
    }
    ArrayNode arguments = args == null ? JsonNodeFactory.instance.arrayNode() : (ArrayNode) args;
    if (!session.queueEvent(new CallbackInvocation(session, fn.asLong(), callback.get(), arguments))) {
      return Optional.of("event refused: " + session.settings().maxQueuedEventsPerPage()
          + " events of this page wait for the server already");
    }
    return Optional.empty();
  }

  /** An acknowledged seq: 0 (nothing applied yet) or more. */
  private static boolean isNonNegativeLong(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0;
  }

  /** A reply or callback number: the server hands out 1 and up. */
  private static boolean isPositiveLong(JsonNode node) {
    return isNonNegativeLong(node) && node.asLong() > 0;
  }

  /** At most 80 characters of {@code text}, so a hostile message cannot flood the answer. */
  private static String abbreviate(String text) {
    return Text.abbreviate(text, 80);
  }
}
