package dev.encke.spi;

import java.util.Objects;

/**
 * A batch on its way between nodes: the id of the node that published it and the bytes the
 * runtime made of it once, which say which sessions it is for and hold its encoded operations. A
 * backplane moves the bytes as they are; only the runtime reads them. Immutable: neither side may
 * modify the array.
 */
public final class ShippedBatch {

  private final String origin;
  private final byte[] payload;

  private ShippedBatch(String origin, byte[] payload) {
    this.origin = origin;
    this.payload = payload;
  }

  /** A batch published by the node {@code origin}, as the runtime encoded it. */
  public static ShippedBatch of(String origin, byte[] payload) {
    Objects.requireNonNull(origin, "origin == null");
    Objects.requireNonNull(payload, "payload == null");
    if (origin.isEmpty()) {
      throw new IllegalArgumentException("origin is empty");
    }
    return new ShippedBatch(origin, payload);
  }

  /** The id of the node that published the batch. */
  public String origin() {
    return origin;
  }

  /** The bytes to carry; not to be modified. */
  public byte[] payload() {
    return payload;
  }

  @Override
  public String toString() {
    return "ShippedBatch{from " + origin + ", " + payload.length + " bytes}";
  }
}
