package dev.encke.testing;

import dev.encke.Encke;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A protocol-level page on the JDK's WebSocket, for tests that speak the wire protocol directly: it
 * says hello, opens {@code /encke/ws} with the page's cookie and origin, resumes, and answers
 * heartbeats. {@link #next()} returns the welcome first, then every other message but heartbeats.
 */
public final class RawWebSocket implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient SHARED = HttpClient.newHttpClient();

  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final AtomicBoolean paused = new AtomicBoolean();
  private final AtomicBoolean outOfOrder = new AtomicBoolean();
  private volatile boolean counting;
  private volatile long lastBatchSeq;
  private final AtomicInteger heartbeats = new AtomicInteger();
  private final PageHello hello;
  private final WebSocket socket;
  private CompletableFuture<WebSocket> sending;

  private RawWebSocket(HttpClient http, PageHello hello) {
    this.hello = hello;
    received.add(hello.welcome());
    URI uri = URI.create("ws://" + hello.base().getHost() + ":" + hello.base().getPort()
        + "/encke/ws");
    this.socket = http.newWebSocketBuilder()
        .header("Origin", PageHello.origin(hello.base()))
        .header("Cookie", hello.cookie())
        .buildAsync(uri, new Collector())
        .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        .join();
    this.sending = CompletableFuture.completedFuture(socket);
    send("{\"t\":\"resume\",\"session\":\"" + hello.session() + "\",\"token\":\"" + hello.token()
        + "\",\"seq\":0}");
  }

  /** Opens the channel as a page at {@code page} would. */
  public static RawWebSocket connect(Encke encke, String page) {
    return connect(SHARED, encke.uri(), page);
  }

  /** As {@link #connect(Encke, String)}, on the given client, to the server at {@code base}. */
  public static RawWebSocket connect(HttpClient http, URI base, String page) {
    return new RawWebSocket(http, PageHello.say(http, base, page));
  }

  /** The session this page opened. */
  public String session() {
    return hello.session();
  }

  /** The next message, waiting up to ten seconds. */
  public String next() throws InterruptedException {
    String message = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("no message within " + TIMEOUT);
    }
    return message;
  }

  /** The next message if one came within {@code timeout}, else {@code null}. */
  public String poll(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public void send(String text) {
    sendAsync(text).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Sends a binary message, which the protocol does not know. */
  public void sendBinary(ByteBuffer data) {
    sendBinaryAsync(data).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  private synchronized CompletableFuture<WebSocket> sendBinaryAsync(ByteBuffer data) {
    CompletableFuture<WebSocket> next = sending.thenCompose(ws -> ws.sendBinary(data, true));
    sending = next.exceptionally(failure -> socket);
    return next;
  }

  /** Sends after every earlier send completed: the JDK allows one send at a time. */
  private synchronized CompletableFuture<WebSocket> sendAsync(String text) {
    CompletableFuture<WebSocket> next = sending.thenCompose(ws -> ws.sendText(text, true));
    sending = next.exceptionally(failure -> socket);
    return next;
  }

  /** Acknowledges every batch up to {@code seq}. */
  public void ack(long seq) {
    send("{\"t\":\"ack\",\"seq\":" + seq + "}");
  }

  /**
   * From now on batches are not queued but checked and counted: each must follow the one before,
   * and every 20th is acknowledged, as a page would. For tests with many clients and many batches.
   */
  public RawWebSocket countBatches() {
    counting = true;
    return this;
  }

  /** How many heartbeats the server sent; each is answered at once and not queued. */
  public int heartbeats() {
    return heartbeats.get();
  }

  /** The seq of the last batch counted by {@link #countBatches()}. */
  public long lastBatchSeq() {
    return lastBatchSeq;
  }

  /** Whether a counted batch did not follow the one before. */
  public boolean sawBatchOutOfOrder() {
    return outOfOrder.get();
  }

  /** Stops reading the socket, as a stalled client would: the server's writes back up. */
  public void pauseReading() {
    paused.set(true);
  }

  /** Reads again after {@link #pauseReading()}. */
  public void resumeReading() {
    if (paused.compareAndSet(true, false)) {
      socket.request(1);
    }
  }

  /**
   * Closes the channel. When the server closed it first (after a bye, say), the JDK may close the
   * output between the check and the send: a close that finds the output already closed has nothing
   * left to do, so only other failures are thrown.
   */
  @Override
  public void close() {
    if (socket.isOutputClosed()) {
      return;
    }
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(10, TimeUnit.SECONDS).join();
    } catch (CompletionException failure) {
      if (!socket.isOutputClosed()) {
        throw failure;
      }
    }
  }

  private static final String BATCH = "{\"t\":\"batch\",\"seq\":";

  private void count(String batch) {
    long seq = Long.parseLong(batch.substring(BATCH.length(), batch.indexOf(',', BATCH.length())));
    if (seq != lastBatchSeq + 1) {
      outOfOrder.set(true);
    }
    lastBatchSeq = seq;
    if (seq % 20 == 0) {
      sendAsync("{\"t\":\"ack\",\"seq\":" + seq + "}");
    }
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String lines = partial.toString();
        partial.setLength(0);
        for (String message : lines.split("\n", -1)) {
          take(message);
        }
      }
      if (!paused.get()) {
        webSocket.request(1);
      }
      return null;
    }

    /** One down-link message; a WebSocket message carries one per line. */
    private void take(String message) {
      if (message.equals("{\"t\":\"hb\"}")) {
        heartbeats.incrementAndGet();
        sendAsync(message);
      } else if (counting && message.startsWith(BATCH)) {
        count(message);
      } else {
        received.add(message);
      }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      received.add("{\"t\":\"closed\",\"code\":" + statusCode + "}");
      return null;
    }
  }
}
