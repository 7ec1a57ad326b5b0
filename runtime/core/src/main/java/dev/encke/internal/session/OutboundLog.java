package dev.encke.internal.session;

import dev.encke.internal.protocol.EncodedBatch;
import java.util.Arrays;
import java.util.List;

/**
 * One session's pushes that its page has not acknowledged yet, numbered 1, 2, 3, … The entries hold
 * the batch's shared bytes, never a copy; the bound counts each entry's full size, since that is
 * what this page still needs written. The entries sit in a ring that grows as pushes wait and
 * shrinks as acknowledgements catch up; a log drained after a burst holds no array at all, so the
 * burst does not cost the page memory for the rest of its life, while a page that keeps up keeps
 * its smallest ring rather than making one for every push. A page never pushed to holds none. Not thread-safe: the session guards it.
 */
final class OutboundLog {

  /**
   * A numbered push; {@code size} is the length of its frame on the wire, {@code loggedAtNanos}
   * when it was pushed.
   */
  record Entry(long seq, EncodedBatch batch, int size, long loggedAtNanos) {}

  private static final int FRAME_OVERHEAD = 40;
  /** The smallest ring, and the one a drained log starts again with. */
  static final int MIN_CAPACITY = 8;
  private static final Entry[] DRAINED = new Entry[0];

  private final int maxMessages;
  private final long maxBytes;
  private Entry[] ring = DRAINED;
  private int head;
  private int count;
  private long lastSeq;
  private long acknowledged;
  private long bytes;
  private int peakMessages;
  private long peakBytes;

  OutboundLog(int maxMessages, long maxBytes) {
    this.maxMessages = maxMessages;
    this.maxBytes = maxBytes;
  }

  /**
   * Numbers and keeps {@code batch}.
   *
   * @return false, keeping nothing, when the batch would take the log past its bound
   */
  boolean append(EncodedBatch batch, long nowNanos) {
    int size = batch.operations().length + FRAME_OVERHEAD;
    if (count + 1 > maxMessages || bytes + size > maxBytes) {
      return false;
    }
    if (count == ring.length) {
      resize(Math.max(MIN_CAPACITY, ring.length * 2));
    }
    ring[(head + count) % ring.length] = new Entry(++lastSeq, batch, size, nowNanos);
    count++;
    bytes += size;
    peakMessages = Math.max(peakMessages, count);
    peakBytes = Math.max(peakBytes, bytes);
    return true;
  }

  /**
   * Forgets every entry up to {@code seq}, which must not exceed {@link #lastSeq()}, counting each
   * as delivered at {@code nowNanos}; gives memory back once the log is a quarter full, or empty
   * after a burst.
   */
  void acknowledge(long seq, long nowNanos, DeliveryMetrics metrics) {
    if (seq <= acknowledged) {
      return;
    }
    acknowledged = seq;
    while (count > 0 && ring[head].seq() <= seq) {
      Entry delivered = ring[head];
      metrics.delivered(nowNanos - delivered.loggedAtNanos());
      bytes -= delivered.size();
      ring[head] = null;
      head = (head + 1) % ring.length;
      count--;
    }
    if (count == 0) {
      ring = ring.length > MIN_CAPACITY ? DRAINED : ring;
      head = 0;
    } else if (ring.length > MIN_CAPACITY && count * 4 <= ring.length) {
      int capacity = MIN_CAPACITY;
      while (capacity < count * 2) {
        capacity *= 2;
      }
      resize(capacity);
    }
  }

  private void resize(int capacity) {
    Entry[] resized = new Entry[capacity];
    for (int i = 0; i < count; i++) {
      resized[i] = ring[(head + i) % ring.length];
    }
    ring = resized;
    head = 0;
  }

  /** Up to {@code max} entries after {@code seq}, in order. */
  List<Entry> after(long seq, int max) {
    long first = Math.max(seq, acknowledged) + 1;
    int from = (int) (first - (acknowledged + 1));
    int to = Math.min(count, from + max);
    if (from >= to) {
      return List.of();
    }
    Entry[] entries = new Entry[to - from];
    for (int i = from; i < to; i++) {
      entries[i - from] = ring[(head + i) % ring.length];
    }
    return Arrays.asList(entries);
  }

  /** Drops every entry and frees its memory; numbering goes on from where it was. */
  void clear() {
    ring = DRAINED;
    head = 0;
    count = 0;
    bytes = 0;
    acknowledged = lastSeq;
  }

  /** How many entries the ring has room for now; for tests. */
  int capacity() {
    return ring.length;
  }

  long lastSeq() {
    return lastSeq;
  }

  long acknowledged() {
    return acknowledged;
  }

  int size() {
    return count;
  }

  long bytes() {
    return bytes;
  }

  int peakMessages() {
    return peakMessages;
  }

  long peakBytes() {
    return peakBytes;
  }
}
