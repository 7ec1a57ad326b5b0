package dev.encke.internal.session;

import dev.encke.internal.protocol.EncodedBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * One session's pushes that its page has not acknowledged yet, numbered 1, 2, 3, … The entries hold
 * the batch's shared bytes, never a copy; the bound counts each entry's full size, since that is
 * what this page still needs written. Not thread-safe: the session guards it.
 */
final class OutboundLog {

  /**
   * A numbered push; {@code size} is the length of its frame on the wire, {@code loggedAtNanos}
   * when it was pushed.
   */
  record Entry(long seq, EncodedBatch batch, int size, long loggedAtNanos) {}

  private static final int FRAME_OVERHEAD = 40;

  private final int maxMessages;
  private final long maxBytes;
  private final List<Entry> entries = new ArrayList<>();
  private int head;
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
    if (size() + 1 > maxMessages || bytes + size > maxBytes) {
      return false;
    }
    entries.add(new Entry(++lastSeq, batch, size, nowNanos));
    bytes += size;
    peakMessages = Math.max(peakMessages, size());
    peakBytes = Math.max(peakBytes, bytes);
    return true;
  }

  /**
   * Forgets every entry up to {@code seq}, which must not exceed {@link #lastSeq()}, counting each
   * as delivered at {@code nowNanos}.
   */
  void acknowledge(long seq, long nowNanos, DeliveryMetrics metrics) {
    if (seq <= acknowledged) {
      return;
    }
    acknowledged = seq;
    while (head < entries.size() && entries.get(head).seq() <= seq) {
      Entry delivered = entries.get(head);
      metrics.delivered(nowNanos - delivered.loggedAtNanos());
      bytes -= delivered.size();
      entries.set(head++, null);
    }
    if (head > 64 && head * 2 > entries.size()) {
      entries.subList(0, head).clear();
      head = 0;
    }
  }

  /** Up to {@code max} entries after {@code seq}, in order. */
  List<Entry> after(long seq, int max) {
    long first = Math.max(seq, acknowledged) + 1;
    int from = head + (int) (first - (acknowledged + 1));
    int to = Math.min(entries.size(), from + max);
    return from >= to ? List.of() : List.copyOf(entries.subList(from, to));
  }

  /** Drops every entry and frees its memory; numbering goes on from where it was. */
  void clear() {
    entries.clear();
    head = 0;
    bytes = 0;
    acknowledged = lastSeq;
  }

  long lastSeq() {
    return lastSeq;
  }

  long acknowledged() {
    return acknowledged;
  }

  int size() {
    return entries.size() - head;
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
