package dev.encke.internal.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads a request body without blocking (Jetty's read/demand underneath), up to a limit, as strict
 * UTF-8. A body over the limit is answered with 413, one that is not UTF-8 with 400.
 */
final class Bodies {

  private Bodies() {}

  static void read(Request request, Response response, Callback callback, int maxBytes,
      Consumer<String> then) {
    long declared = request.getLength();
    if (declared > maxBytes) {
      Replies.refuse(response, callback, 413, tooLarge(maxBytes));
      return;
    }
    Content.Source.asByteArrayAsync(request, maxBytes, Promise.Invocable.from(
        Invocable.InvocationType.NON_BLOCKING, (byte[] bytes, Throwable failure) -> {
      if (failure != null) {
        Replies.refuse(response, callback, isTooLarge(failure) ? 413 : 400,
            isTooLarge(failure) ? tooLarge(maxBytes) : "cannot read the request body: " + failure);
        return;
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        Replies.refuse(response, callback, 400, "the request body is not UTF-8");
        return;
      }
      Guard.run(response, callback, () -> then.accept(text));
    }));
  }

  private static boolean isTooLarge(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause instanceof IllegalArgumentException || String.valueOf(cause.getMessage())
        .toLowerCase(java.util.Locale.ROOT).contains("too large");
  }

  private static String tooLarge(int maxBytes) {
    return "request body larger than " + maxBytes + " bytes refused";
  }
}
