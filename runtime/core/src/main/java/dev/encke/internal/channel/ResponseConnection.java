package dev.encke.internal.channel;

import dev.encke.Transport;
import dev.encke.internal.host.Completion;
import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.host.ResponseStream;
import dev.encke.internal.session.DefaultScriptSession;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A down-link carried by one HTTP response: an endless Server-Sent Events stream, an endless
 * newline-delimited JSON stream read with {@code fetch}, or a long poll answered once with a JSON
 * array. Each write frames the pending messages into one buffer; the messages' JSON is not
 * re-encoded, and since it holds no raw newline one {@code data:} line carries each message.
 */
final class ResponseConnection extends PullingConnection {

  /** How messages are laid out in the response body. */
  enum Framing {
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
  private static final byte[] EMPTY_POLL = "[]".getBytes(StandardCharsets.US_ASCII);

  private final Framing framing;
  private final Runnable released;
  private volatile ResponseStream stream;
  /** Set once the response has ended, by the poll's one write or by the end of the loop. */
  private volatile boolean ended;

  private ResponseConnection(DefaultScriptSession session, long appliedSeq, Framing framing,
      boolean greet, Executor writers, Runnable released) {
    super(session, framing.transport, appliedSeq, framing.maxFrames, greet, writers);
    this.framing = framing;
    this.released = released;
  }

  /**
   * Starts the response that will carry {@code session}'s frames once attached.
   *
   * @param greet whether to answer with a heartbeat at once when there is nothing else; streams
   *     always do, so that the page learns quickly whether anything arrives, and so does the first
   *     poll of a connection
   * @param released told when the response has ended, however it ended; possibly more than once,
   *     so it must ignore the repeats
   */
  static ResponseConnection open(DefaultScriptSession session, long appliedSeq, Framing framing,
      boolean greet, HttpExchange exchange, Executor writers, Runnable released) {
    ResponseConnection connection =
        new ResponseConnection(session, appliedSeq, framing, greet, writers, released);
    headers(framing, exchange);
    exchange.setHeader("X-Accel-Buffering", "no");
    connection.stream = exchange.stream(200,
        failure -> connection.close("request failed: " + failure));
    return connection;
  }

  /** Answers a request that attached nothing with one message, then ends the response. */
  static void answer(Framing framing, ByteBuffer frame, HttpExchange exchange) {
    headers(framing, exchange);
    exchange.respond(200, frame(framing, List.of(frame)));
  }

  private static void headers(Framing framing, HttpExchange exchange) {
    exchange.setHeader("Content-Type", framing.contentType);
    exchange.setHeader("Cache-Control", "no-store");
  }

  /** This connection could not attach: answer with {@code frame} instead of streaming. */
  void answerInstead(ByteBuffer frame) {
    released.run();
    ended = true;
    stream.write(frame(framing, List.of(frame)), true, Completion.NONE);
  }

  /** Writes the frames; a poll's one write ends its response, so the poll is then answered. */
  @Override
  protected void write(List<ByteBuffer> frames, Completion done) {
    boolean last = framing == Framing.POLL;
    stream.write(frame(framing, frames), last, Completion.of(() -> {
      if (last) {
        ended = true;
        close("poll answered");
      }
      done.succeeded();
    }, done::failed));
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
        if (i > 0) {
          body.put((byte) ',');
        }
        body.put(frames.get(i).duplicate());
      }
    }
    if (framing == Framing.POLL) {
      body.put((byte) ']');
    }
    return body.flip();
  }

  /** Ends the response: an empty answer for a poll, the end of the body for a stream. */
  @Override
  protected void end(String reason) {
    released.run();
    if (ended) {
      return;
    }
    ended = true;
    ByteBuffer last = ByteBuffer.wrap(framing == Framing.POLL ? EMPTY_POLL : new byte[0]);
    stream.write(last, true, Completion.NONE);
  }

  @Override
  protected void abort(Throwable cause) {
    released.run();
    if (!ended) {
      ended = true;
      stream.abort(cause);
    }
  }
}
