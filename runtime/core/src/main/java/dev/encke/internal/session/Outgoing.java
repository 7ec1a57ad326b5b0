package dev.encke.internal.session;

import dev.encke.internal.protocol.Frames;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a connection writes next: control frames, then numbered batches. Framing happens outside the
 * session's lock; each batch frame wraps the batch's shared bytes with this session's header.
 */
public final class Outgoing {

  private final List<ByteBuffer> control;
  private final List<OutboundLog.Entry> batches;
  private final long sentSeq;

  Outgoing(List<ByteBuffer> control, List<OutboundLog.Entry> batches, long sentSeq) {
    this.control = control;
    this.batches = batches;
    this.sentSeq = sentSeq;
  }

  public boolean isEmpty() {
    return control.isEmpty() && batches.isEmpty();
  }

  /** The highest sequence number among these frames, or the one the connection had sent before. */
  public long lastSeq() {
    return batches.isEmpty() ? sentSeq : batches.get(batches.size() - 1).seq();
  }

  /** The numbered batches among these frames. */
  List<OutboundLog.Entry> batches() {
    return batches;
  }

  /** The frames, in the order they must be written. */
  public List<ByteBuffer> frames() {
    List<ByteBuffer> frames = new ArrayList<>(control.size() + batches.size());
    control.forEach(frame -> frames.add(frame.duplicate()));
    batches.forEach(entry -> frames.add(Frames.batch(entry.seq(), entry.batch())));
    return frames;
  }
}
