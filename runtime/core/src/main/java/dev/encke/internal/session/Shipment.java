package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.spi.ShippedBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a {@link ShippedBatch}: one line of JSON saying which sessions the batch is for and
 * how many commands it holds, a newline, then the batch's operations exactly as the publishing node
 * encoded them. JSON never holds a raw newline, so the first one ends the header.
 */
final class Shipment {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Shipment() {}

  /** What a receiving node reads: the selection and the batch to push to its sessions. */
  record Received(Selection selection, EncodedBatch batch) {}

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
    byte[] head = header.toString().getBytes(StandardCharsets.UTF_8);
    byte[] ops = batch.operations();
    byte[] payload = Arrays.copyOf(head, head.length + 1 + ops.length);
    payload[head.length] = '\n';
    System.arraycopy(ops, 0, payload, head.length + 1, ops.length);
    return ShippedBatch.of(origin, payload);
  }

  /**
   * Reads a shipped batch.
   *
   * @throws IllegalArgumentException quoting the start of the bytes when they are not one
   */
  static Received read(ShippedBatch shipped) {
    byte[] payload = shipped.payload();
    int newline = indexOfNewline(payload);
    try {
      if (newline < 0) {
        throw new IOException("no header line");
      }
      JsonNode header = MAPPER.readTree(payload, 0, newline);
      Selection.Kind kind = Selection.Kind.valueOf(header.path("kind").asText());
      JsonNode filter = header.get("filter");
      Selection selection = new Selection(kind, header.path("key").asText(),
          filter == null ? null : FilterNode.fromJson(filter));
      byte[] ops = Arrays.copyOfRange(payload, newline + 1, payload.length);
      return new Received(selection, EncodedBatch.received(ops,
          header.path("commands").asInt(), header.path("script").asBoolean()));
    } catch (IOException | RuntimeException e) {
      String start = new String(payload, 0, Math.min(payload.length, 120), StandardCharsets.UTF_8);
      throw new IllegalArgumentException("not a shipped batch from " + shipped.origin() + ": \""
          + start + "\" (" + e.getMessage() + ")", e);
    }
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
