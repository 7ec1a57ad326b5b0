package dev.encke.internal.protocol;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one batch as its operations are encoded into it, each straight from Jackson's
 * generator; an operation that fails half-way is cut off again, so the batch never holds part of
 * one. Not thread-safe: one recording writes it.
 */
final class OperationBuffer extends ByteArrayOutputStream {

  OperationBuffer(int size) {
    super(size);
  }

  /** Forgets every byte after the first {@code length}. */
  void truncate(int length) {
    count = length;
  }
}
