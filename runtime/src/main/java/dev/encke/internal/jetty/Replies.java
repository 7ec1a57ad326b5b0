package dev.encke.internal.jetty;

import dev.encke.internal.protocol.Frames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Complete JSON responses; a refusal carries the reason as an {@code error} message. */
final class Replies {

  private Replies() {}

  static void json(Response response, Callback callback, int status, String json) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** {@code status} with body {@code {"t":"error","reason":"…"}}. */
  static void refuse(Response response, Callback callback, int status, String reason) {
    json(response, callback, status, Frames.errorText(reason));
  }
}
