package dev.encke.internal.jetty;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads a request body with Jetty's read/demand loop, never blocking, up to a limit, as strict
 * UTF-8. A body over the limit is read on and discarded (up to 16 times the limit) before the 413
 * answer, so that the client reads the answer instead of a reset connection; a body declared larger
 * than that is refused at once and the connection closed. One that is not UTF-8 gets 400.
 */
final class Bodies implements Runnable {

  private static final int DRAIN_FACTOR = 16;

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final int maxBytes;
  private final Consumer<String> then;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private long read;

  private Bodies(Request request, Response response, Callback callback, int maxBytes,
      Consumer<String> then) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.maxBytes = maxBytes;
    this.then = then;
  }

  static void read(Request request, Response response, Callback callback, int maxBytes,
      Consumer<String> then) {
    if (request.getLength() > (long) maxBytes * DRAIN_FACTOR) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      Replies.refuse(response, callback, 413, tooLarge(maxBytes));
      return;
    }
    new Bodies(request, response, callback, maxBytes, then).run();
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
        Replies.refuse(response, callback, 400, "cannot read the request body: "
            + chunk.getFailure());
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
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Replies.refuse(response, callback, 413, tooLarge(maxBytes));
        return;
      }
      if (chunk.isLast()) {
        finish();
        return;
      }
    }
  }

  private void finish() {
    if (read > maxBytes) {
      Replies.refuse(response, callback, 413, tooLarge(maxBytes));
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      Replies.refuse(response, callback, 400, "the request body is not UTF-8");
      return;
    }
    Guard.run(response, callback, () -> then.accept(text));
  }

  private static String tooLarge(int maxBytes) {
    return "request body larger than " + maxBytes + " bytes refused";
  }
}
