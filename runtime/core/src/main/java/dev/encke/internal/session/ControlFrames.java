package dev.encke.internal.session;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The frames a session sends outside its numbered sequence (errors, a reload), at most {@value
 * #MAX} waiting: past that a page that floods the server loses its answers, not the server its
 * memory. Not thread-safe; the session's lock guards it.
 */
final class ControlFrames {

  private static final int MAX = 64;

  private final ArrayDeque<ByteBuffer> frames = new ArrayDeque<>();

  /** Queues {@code frame}; false, queueing nothing, when {@value #MAX} wait already. */
  boolean offer(ByteBuffer frame) {
    if (frames.size() >= MAX) {
      return false;
    }
    frames.add(frame);
    return true;
  }

  /** Makes {@code frame} the only one waiting: what waited before no longer matters. */
  void replaceWith(ByteBuffer frame) {
    frames.clear();
    frames.add(frame);
  }

  /** Moves waiting frames to {@code into} until it holds {@code max}. */
  void drainTo(List<ByteBuffer> into, int max) {
    while (!frames.isEmpty() && into.size() < max) {
      into.add(frames.poll());
    }
  }

  void clear() {
    frames.clear();
  }
}
