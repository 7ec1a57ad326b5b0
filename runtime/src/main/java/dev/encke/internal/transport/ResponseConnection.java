package dev.encke.internal.transport;

import dev.encke.Transport;
import dev.encke.internal.session.DefaultScriptSession;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * A down-link carried by one HTTP response: an endless Server-Sent Events stream, an endless
 * newline-delimited JSON stream read with {@code fetch}, or a long poll answered once with a JSON
 * array. Each write frames the pending messages into one buffer; the messages' JSON is not
 * re-encoded, and since it holds no raw newline one {@code data:} line carries each message.
 */
public final class ResponseConnection extends PullingConnection {

  /** How messages are laid out in the response body. */
  public enum Framing {
    SSE(Transport.SSE, "text/event-stream;charset=utf-8", 64),
    NDJSON(Transport.STREAMING, "application/x-ndjson;charset=utf-8", 64),
    POLL(Transport.LONG_POLLING, "application/json;charset=utf-8", 512);

    private final Transport transport;
    private final String contentType;
    private final int maxFrames;

    Framing(Transport transport, String contentType, int maxFrames) {
      this.transport = transport;
      this.contentType = contentType;
      this.maxFrames = maxFrames;
    }
  }

  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);

  private final Framing framing;
  private final Response response;
  private final Callback done;
  private final AtomicBoolean completed = new AtomicBoolean();
  private final AtomicBoolean writing = new AtomicBoolean();
  private final AtomicBoolean answered = new AtomicBoolean();

  private ResponseConnection(DefaultScriptSession session, long appliedSeq, Framing framing,
      boolean greet, Response response, Callback done, Executor writers) {
    super(session, framing.transport, appliedSeq, framing.maxFrames, greet, writers);
    this.framing = framing;
    this.response = response;
    this.done = done;
  }

  /**
   * Prepares the response for attaching to {@code session}; Jetty's {@code done} completes when the
   * response ends.
   *
   * @param greet whether to answer with a heartbeat at once when there is nothing else; streams
   *     always do, so that the page learns quickly whether anything arrives, and so does the first
   *     poll of a connection
   */
  public static ResponseConnection open(DefaultScriptSession session, long appliedSeq,
      Framing framing, boolean greet, Request request, Response response, Callback done,
      Executor writers) {
    ResponseConnection connection =
        new ResponseConnection(session, appliedSeq, framing, greet, response, done, writers);
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, framing.contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Accel-Buffering", "no");
    request.addFailureListener(failure -> connection.close("request failed: " + failure));
    return connection;
  }

  /** Answers a request that attached nothing with one message, then ends the response. */
  public static void answer(Framing framing, ByteBuffer frame, Response response, Callback done) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, framing.contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, frame(framing, List.of(frame)), done);
  }

  /** This connection could not attach: answer with {@code frame} instead of streaming. */
  public void answerInstead(ByteBuffer frame) {
    if (completed.compareAndSet(false, true)) {
      response.write(true, frame(framing, List.of(frame)), done);
    }
  }

  /** Writes the frames; a poll's one write ends its response, so the poll is then answered. */
  @Override
  protected void write(List<ByteBuffer> frames, Callback callback) {
    boolean last = framing == Framing.POLL;
    writing.set(true);
    response.write(last, frame(framing, frames), Callback.from(() -> {
      writing.set(false);
      if (last) {
        answered.set(true);
        close("poll answered");
      }
      callback.succeeded();
    }, failure -> {
      writing.set(false);
      callback.failed(failure);
    }));
  }

  private static ByteBuffer frame(Framing framing, List<ByteBuffer> frames) {
    int size = 2;
    for (ByteBuffer frame : frames) {
      size += frame.remaining() + DATA.length + 3;
    }
    ByteBuffer body = ByteBuffer.allocate(size);
    if (framing == Framing.POLL) {
      body.put((byte) '[');
    }
    for (int i = 0; i < frames.size(); i++) {
      if (framing == Framing.SSE) {
        body.put(DATA).put(frames.get(i)).put((byte) '\n').put((byte) '\n');
      } else if (framing == Framing.NDJSON) {
        body.put(frames.get(i)).put((byte) '\n');
      } else {
        body.put(i == 0 ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(new byte[] {','}))
            .put(frames.get(i).duplicate());
      }
    }
    if (framing == Framing.POLL) {
      body.put((byte) ']');
    }
    return body.flip();
  }

  /**
   * Ends the response: normally when no write is in flight (an empty poll answer, or the end of a
   * stream), by aborting it when one is, since two writes may never overlap.
   */
  @Override
  protected void release(String reason) {
    if (!completed.compareAndSet(false, true)) {
      return;
    }
    if (answered.get()) {
      done.succeeded();
    } else if (writing.get()) {
      done.failed(new EOFException(reason));
    } else if (framing == Framing.POLL) {
      Content.Sink.write(response, true, "[]", done);
    } else {
      response.write(true, BufferUtil.EMPTY_BUFFER, done);
    }
  }
}
