package dev.encke.internal.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The commands of one {@code Browser.with…} block, encoded once as the UTF-8 bytes of a JSON array
 * and shared, read-only, by every session the block targets.
 */
public final class EncodedBatch {

  private final byte[] operations;
  private final int commandCount;

  EncodedBatch(byte[] operations, int commandCount) {
    this.operations = operations;
    this.commandCount = commandCount;
  }

  /** The JSON array of operations; callers must not modify it. */
  public byte[] operations() {
    return operations;
  }

  public int commandCount() {
    return commandCount;
  }

  public boolean isEmpty() {
    return commandCount == 0;
  }

  @Override
  public String toString() {
    return new String(operations, StandardCharsets.UTF_8);
  }
}
