package dev.encke.internal.host;

import java.nio.ByteBuffer;

/**
 * The body of an open response. The core keeps at most one write in flight and writes nothing after
 * the last one; it ends the stream with a last write, or with {@link #abort} when it fails.
 */
public interface ResponseStream {

  /** Writes {@code bytes}, the last of the body when {@code last}; {@code done} tells the end. */
  void write(ByteBuffer bytes, boolean last, Completion done);

  /** Ends the response abnormally, as a network failure would; no write is in flight. */
  void abort(Throwable cause);
}
