package dev.encke.internal.jetty;

import dev.encke.internal.host.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body with Jetty's read/demand loop, never blocking, up to a limit. A body over the
 * limit is read on and discarded (up to 16 times the limit) before the core answers 413, so that
 * the client reads the answer instead of a reset connection; one declared or found larger than that
 * is refused at once and the connection closed.
 */
final class BodyReader implements Runnable {

  private static final int DRAIN_FACTOR = 16;

  private final Request request;
  private final JettyExchange exchange;
  private final int maxBytes;
  private final HttpExchange.BodyReceiver receiver;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private long read;

  private BodyReader(Request request, JettyExchange exchange, int maxBytes,
      HttpExchange.BodyReceiver receiver) {
    this.request = request;
    this.exchange = exchange;
    this.maxBytes = maxBytes;
    this.receiver = receiver;
  }

  static void read(Request request, JettyExchange exchange, int maxBytes,
      HttpExchange.BodyReceiver receiver) {
    if (request.getLength() > (long) maxBytes * DRAIN_FACTOR) {
      exchange.setHeader("Connection", "close");
      receiver.tooLarge();
      return;
    }
    new BodyReader(request, exchange, maxBytes, receiver).run();
  }

  /** Reads what is available; demands more and returns when nothing is. */
  @Override
  public void run() {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        receiver.failed(chunk.getFailure());
        return;
      }
      ByteBuffer bytes = chunk.getByteBuffer();
      read += bytes.remaining();
      if (read <= maxBytes) {
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        body.writeBytes(copy);
      }
      chunk.release();
      if (read > (long) maxBytes * DRAIN_FACTOR) {
        exchange.setHeader("Connection", "close");
        receiver.tooLarge();
        return;
      }
      if (chunk.isLast()) {
        if (read > maxBytes) {
          receiver.tooLarge();
        } else {
          receiver.received(body.toByteArray());
        }
        return;
      }
    }
  }
}
