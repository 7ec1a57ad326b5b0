package dev.encke.internal.servlet;

import dev.encke.internal.host.HttpExchange;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Reads a request body with a {@code ReadListener}, never blocking, up to a limit. As on Jetty, a
 * body over the limit is read on and discarded up to 16 times the limit before the core answers
 * 413; one declared or found larger than that is refused at once and the connection closed.
 */
final class BodyReader implements ReadListener {

  private static final int DRAIN_FACTOR = 16;

  private final ServletInputStream in;
  private final ServletExchange exchange;
  private final int maxBytes;
  private final HttpExchange.BodyReceiver receiver;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final byte[] chunk = new byte[8192];
  private long read;
  private boolean done;

  private BodyReader(ServletInputStream in, ServletExchange exchange, int maxBytes,
      HttpExchange.BodyReceiver receiver) {
    this.in = in;
    this.exchange = exchange;
    this.maxBytes = maxBytes;
    this.receiver = receiver;
  }

  static void read(HttpServletRequest request, AsyncContext async, ServletExchange exchange,
      int maxBytes, HttpExchange.BodyReceiver receiver) {
    if (request.getContentLengthLong() > (long) maxBytes * DRAIN_FACTOR) {
      exchange.setHeader("Connection", "close");
      receiver.tooLarge();
      return;
    }
    try {
      ServletInputStream in = async.getRequest().getInputStream();
      in.setReadListener(new BodyReader(in, exchange, maxBytes, receiver));
    } catch (IOException | IllegalStateException e) {
      receiver.failed(e);
    }
  }

  @Override
  public void onDataAvailable() throws IOException {
    while (!done && in.isReady()) {
      int n = in.read(chunk);
      if (n < 0) {
        return;
      }
      read += n;
      if (read <= maxBytes) {
        body.write(chunk, 0, n);
      } else if (read > (long) maxBytes * DRAIN_FACTOR) {
        done = true;
        exchange.setHeader("Connection", "close");
        receiver.tooLarge();
      }
    }
  }

  @Override
  public void onAllDataRead() {
    if (done) {
      return;
    }
    done = true;
    if (read > maxBytes) {
      receiver.tooLarge();
    } else {
      receiver.received(body.toByteArray());
    }
  }

  @Override
  public void onError(Throwable failure) {
    if (!done) {
      done = true;
      receiver.failed(failure);
    }
  }
}
