package dev.encke.internal.servlet;

import dev.encke.internal.host.Completion;
import dev.encke.internal.host.ResponseStream;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An asynchronous response body on a {@code WriteListener}: the core's one write in flight is
 * written and flushed when the output is ready, and finished in {@link #onWritePossible} when the
 * container was not; the last write completes the asynchronous context. A write from a pushing
 * thread and the container's callback meet under this object's lock, which guards only state,
 * never a blocking call.
 */
final class ResponseWriter implements ResponseStream, WriteListener {

  private final AsyncContext async;
  private final ServletOutputStream out;
  private ByteBuffer pending;
  private boolean last;
  private boolean written;
  private Completion done;
  private Throwable failure;

  ResponseWriter(AsyncContext async, ServletOutputStream out) {
    this.async = async;
    this.out = out;
    out.setWriteListener(this);
  }

  @Override
  public void write(ByteBuffer bytes, boolean last, Completion done) {
    Throwable failed;
    synchronized (this) {
      failed = failure;
      if (failed == null) {
        this.pending = bytes;
        this.last = last;
        this.written = false;
        this.done = done;
      }
    }
    if (failed != null) {
      done.failed(failed);
      return;
    }
    proceed();
  }

  @Override
  public void onWritePossible() {
    proceed();
  }

  @Override
  public void onError(Throwable cause) {
    Completion failed;
    synchronized (this) {
      failure = cause;
      failed = done;
      done = null;
      pending = null;
    }
    if (failed != null) {
      failed.failed(cause);
    }
  }

  @Override
  public void abort(Throwable cause) {
    synchronized (this) {
      failure = cause;
    }
    async.complete();
  }

  /** Writes, then flushes, the pending bytes as far as the output is ready; completes the write. */
  private void proceed() {
    Completion finished;
    boolean complete;
    try {
      synchronized (this) {
        if (done == null || !out.isReady()) {
          return;
        }
        if (!written) {
          written = true;
          writeAll(pending);
          if (!out.isReady()) {
            return;
          }
        }
        if (!last) {
          out.flush();
          if (!out.isReady()) {
            return;
          }
        }
        finished = done;
        complete = last;
        done = null;
        pending = null;
      }
    } catch (IOException | IllegalStateException e) {
      onError(e);
      return;
    }
    if (complete) {
      async.complete();
    }
    finished.succeeded();
  }

  private void writeAll(ByteBuffer bytes) throws IOException {
    if (bytes.hasArray()) {
      out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    } else {
      byte[] copy = new byte[bytes.remaining()];
      bytes.duplicate().get(copy);
      out.write(copy);
    }
  }

  /** The stream of a response whose output could not be opened: every write fails. */
  static final class Closed implements ResponseStream {

    private final Throwable cause;

    Closed(Throwable cause) {
      this.cause = cause;
    }

    @Override
    public void write(ByteBuffer bytes, boolean last, Completion done) {
      done.failed(cause);
    }

    @Override
    public void abort(Throwable abortCause) {
      // Nothing is open.
    }
  }
}
