package dev.encke.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A page an {@link Attacker} opens through the protocol alone, as a script would: hello, then a
 * WebSocket with the issued cookie, then resume. It answers heartbeats and queues every other
 * message. Thread-safe.
 */
public final class HostilePage implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String session;
  private final String token;
  private final String cookie;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final Attacker.Socket socket;

  private HostilePage(Attacker attacker, String page) {
    Attacker.Answer hello = attacker.send(attacker.hello(page));
    if (hello.status() != 200) {
      throw new IllegalStateException("hello for " + page + " answered " + hello);
    }
    String setCookie = hello.headers().get("Set-Cookie");
    this.cookie = setCookie.substring(0, setCookie.indexOf(';'));
    JsonNode welcome = read(hello.body());
    this.session = welcome.get("session").asText();
    this.token = welcome.get("token").asText();
    Attacker.Upgrade upgrade = attacker.upgrade(Map.of("Cookie", cookie), new Collector(received))
        .orTimeout(20, TimeUnit.SECONDS).join();
    if (upgrade.status() != 101) {
      throw new IllegalStateException("the upgrade of " + page + " answered " + upgrade.status());
    }
    this.socket = upgrade.socket();
    socket.send("{\"t\":\"resume\",\"session\":\"" + session + "\",\"token\":\"" + token
        + "\",\"seq\":0}");
  }

  /** Opens {@code page} as {@code attacker}. */
  public static HostilePage open(Attacker attacker, String page) {
    return new HostilePage(attacker, page);
  }

  /** The script session the page opened. */
  public String session() {
    return session;
  }

  /** The page's CSRF token. */
  public String token() {
    return token;
  }

  /** The page's browser cookie, {@code name=value}. */
  public String cookie() {
    return cookie;
  }

  /** The next message but a heartbeat, within {@code timeout}; {@code null} if none came. */
  public String next(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The next message but a heartbeat, parsed; fails when none came within ten seconds. */
  public JsonNode nextJson() throws InterruptedException {
    String message = next(Duration.ofSeconds(10));
    if (message == null) {
      throw new AssertionError("no message for " + session + " within 10 s");
    }
    return read(message);
  }

  public Attacker.Socket socket() {
    return socket;
  }

  @Override
  public void close() {
    socket.drop();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  /** Jetty calls a listener's methods through public lookups: the class must be public. */
  public static final class Collector implements Session.Listener.AutoDemanding {
    private final BlockingQueue<String> received;
    private volatile Session open;

    Collector(BlockingQueue<String> received) {
      this.received = received;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      open = session;
    }

    @Override
    public void onWebSocketText(String lines) {
      for (String message : lines.split("\n", -1)) {
        if (message.equals("{\"t\":\"hb\"}")) {
          open.sendText(message, org.eclipse.jetty.websocket.api.Callback.NOOP);
        } else {
          received.add(message);
        }
      }
    }

    /** A socket the server closed or dropped is an outcome the test reads, not an error to log. */
    @Override
    public void onWebSocketError(Throwable cause) {
      received.add("{\"t\":\"failed\"}");
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason,
        org.eclipse.jetty.websocket.api.Callback callback) {
      callback.succeed();
      received.add("{\"t\":\"closed\",\"code\":" + statusCode + "}");
    }
  }
}
