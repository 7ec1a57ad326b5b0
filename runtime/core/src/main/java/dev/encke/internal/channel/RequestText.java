package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.protocol.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/** Request bodies as the channel takes them: at most a limit, strict UTF-8, or refused why. */
final class RequestText {

  private RequestText() {}

  /** Reads the body through the host and hands its text to {@code then}, guarded. */
  static void readText(HttpExchange exchange, int maxBytes, Consumer<String> then) {
    readText(exchange, maxBytes, bytes -> true, then);
  }

  /**
   * As {@link #readText(HttpExchange, int, Consumer)}, asking {@code admit} with the body's length
   * before anything decodes it; when it says no, it has answered the exchange itself.
   */
  static void readText(HttpExchange exchange, int maxBytes, IntPredicate admit,
      Consumer<String> then) {
    exchange.readBody(maxBytes, new HttpExchange.BodyReceiver() {
      @Override
      public void received(byte[] body) {
        if (!admit.test(body.length)) {
          return;
        }
        String text;
        try {
          text = Text.decodeUtf8(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
          JsonResponses.refuse(exchange, 400, "the request body is not UTF-8");
          return;
        }
        Guard.run(exchange, () -> then.accept(text));
      }

      @Override
      public void tooLarge() {
        JsonResponses.refuse(exchange, 413, "request body larger than " + maxBytes + " bytes refused");
      }

      @Override
      public void failed(Throwable cause) {
        JsonResponses.refuse(exchange, 400, "cannot read the request body: " + cause);
      }
    });
  }
}
