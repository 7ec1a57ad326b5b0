package dev.encke.testing;

import dev.encke.Encke;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A protocol-level client on the JDK's WebSocket, for tests that speak the wire protocol directly. */
public final class RawWebSocket implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  private RawWebSocket(URI uri) {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(uri, new Collector())
            .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  /** Opens the Encke WebSocket as a page at {@code page} would. */
  public static RawWebSocket connect(Encke encke, String page) {
    return new RawWebSocket(
        URI.create("ws://127.0.0.1:" + encke.port() + "/encke/ws?page=" + page));
  }

  /** The next text message, waiting up to ten seconds. */
  public String next() throws InterruptedException {
    String message = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("no message within " + TIMEOUT);
    }
    return message;
  }

  public void send(String text) {
    socket.sendText(text, true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(10, TimeUnit.SECONDS).join();
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
