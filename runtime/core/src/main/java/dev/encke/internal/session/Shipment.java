package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.spi.ShippedBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of a {@link ShippedBatch}. A batch is one line of JSON saying which sessions it is for,
 * how many commands it holds and which of its replies and callbacks stay with the publishing node,
 * a newline, then the operations exactly as the publishing node encoded them (JSON never holds a
 * raw newline, so the first one ends the header). Mail between two nodes, a page's reply or event
 * for the node that asked, is one JSON object with a {@code mail} field.
 */
final class Shipment {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Shipment() {}

  /** What a node reads from the bytes another node shipped. */
  sealed interface Shipped permits Received, ReplyMail, EventMail {}

  /**
   * A batch: the selection, the batch to push to its sessions, and the numbers of the replies and
   * callbacks that stay with the publishing node.
   */
  record Received(Selection selection, EncodedBatch batch, List<Long> replies,
      List<Long> callbacks) implements Shipped {}

  /** A page's answer to node {@code to}'s reply {@code id}: a value, or the page's error. */
  record ReplyMail(String to, long id, JsonNode value, String error) implements Shipped {}

  /** A page called callback {@code callback} of node {@code to}, with {@code args}. */
  record EventMail(String to, String session, String page, long callback, ArrayNode args)
      implements Shipped {}

  /**
   * The shipped form of {@code batch} for {@code selection}.
   *
   * @throws IllegalArgumentException when the selection's filter is not a data filter
   */
  static ShippedBatch ship(String origin, Selection selection, EncodedBatch batch) {
    ObjectNode header = MAPPER.createObjectNode();
    header.put("kind", selection.kind().name());
    header.put("key", selection.key());
    if (selection.filter() != null) {
      if (!(selection.filter() instanceof FilterNode data)) {
        throw new IllegalArgumentException("a lambda filter cannot choose the sessions of other"
            + " nodes of a cluster: " + selection.filter() + "; build it from dev.encke.DataFilter"
            + " (page, attributeEquals, attributeIn, attributePresent, and, or, negate)");
      }
      header.set("filter", data.toJson());
    }
    header.put("commands", batch.commandCount());
    header.put("script", batch.hasScript());
    ArrayNode replies = header.putArray("replies");
    batch.replies().forEach(reply -> replies.add(reply.id()));
    ArrayNode callbacks = header.putArray("callbacks");
    batch.callbacks().keySet().forEach(callbacks::add);
    byte[] head = header.toString().getBytes(StandardCharsets.UTF_8);
    byte[] ops = batch.operations();
    byte[] payload = Arrays.copyOf(head, head.length + 1 + ops.length);
    payload[head.length] = '\n';
    System.arraycopy(ops, 0, payload, head.length + 1, ops.length);
    return ShippedBatch.of(origin, payload);
  }

  /** The mail that brings node {@code to} the answer to its reply {@code id}. */
  static ShippedBatch reply(String origin, String to, long id, JsonNode value, String error) {
    ObjectNode mail = MAPPER.createObjectNode();
    mail.put("mail", "reply");
    mail.put("to", to);
    mail.put("id", id);
    if (error != null) {
      mail.put("error", error);
    } else {
      mail.set("value", value);
    }
    return ShippedBatch.of(origin, mail.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The mail that tells node {@code to} a page called its callback {@code callback}. */
  static ShippedBatch event(String origin, String to, String session, String page, long callback,
      ArrayNode args) {
    ObjectNode mail = MAPPER.createObjectNode();
    mail.put("mail", "event");
    mail.put("to", to);
    mail.put("session", session);
    mail.put("page", page);
    mail.put("fn", callback);
    mail.set("args", args);
    return ShippedBatch.of(origin, mail.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads what another node shipped.
   *
   * @throws IllegalArgumentException quoting the start of the bytes when they are none of these
   */
  static Shipped read(ShippedBatch shipped) {
    byte[] payload = shipped.payload();
    int newline = indexOfNewline(payload);
    try {
      JsonNode header = MAPPER.readTree(payload, 0, newline < 0 ? payload.length : newline);
      if (header.has("mail")) {
        return readMail(header);
      }
      if (newline < 0) {
        throw new IOException("no header line");
      }
      Selection.Kind kind = Selection.Kind.valueOf(header.path("kind").asText());
      JsonNode filter = header.get("filter");
      Selection selection = new Selection(kind, header.path("key").asText(),
          filter == null ? null : FilterNode.fromJson(filter));
      byte[] ops = Arrays.copyOfRange(payload, newline + 1, payload.length);
      return new Received(selection, EncodedBatch.received(ops,
          header.path("commands").asInt(), header.path("script").asBoolean()),
          numbers(header.path("replies")), numbers(header.path("callbacks")));
    } catch (IOException | RuntimeException e) {
      String start = new String(payload, 0, Math.min(payload.length, 120), StandardCharsets.UTF_8);
      throw new IllegalArgumentException("not a shipped batch from " + shipped.origin() + ": \""
          + start + "\" (" + e.getMessage() + ")", e);
    }
  }

  private static Shipped readMail(JsonNode mail) throws IOException {
    String to = mail.path("to").asText();
    switch (mail.path("mail").asText()) {
      case "reply":
        return new ReplyMail(to, mail.path("id").asLong(), mail.get("value"),
            mail.has("error") ? mail.path("error").asText() : null);
      case "event":
        if (!(mail.get("args") instanceof ArrayNode args)) {
          throw new IOException("an event without arguments");
        }
        return new EventMail(to, mail.path("session").asText(), mail.path("page").asText(),
            mail.path("fn").asLong(), args);
      default:
        throw new IOException("no such mail");
    }
  }

  private static List<Long> numbers(JsonNode array) {
    List<Long> numbers = new ArrayList<>();
    array.forEach(number -> numbers.add(number.asLong()));
    return numbers;
  }

  private static int indexOfNewline(byte[] payload) {
    for (int i = 0; i < payload.length; i++) {
      if (payload[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
