package dev.encke.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.internal.protocol.AckPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * A page as Encke's client runtime behaves on the wire (docs/protocol.md), with its own browser
 * cookie: {@code hello} over HTTP once, then a WebSocket whose first message is {@code resume} after
 * the last batch applied. It applies each {@code batch} once and in order, answers heartbeats, and
 * acknowledges the latest batch as the welcome's ack policy says, as {@code channel.js} does: at
 * once when enough batches or bytes wait, otherwise about a policy delay after the first of them
 * (the fleet's ticks are 50 ms apart). Like a browser, it never pings. The first message
 * after a resume (the greeting heartbeat, or a batch resent) says the page is attached again.
 *
 * <p>The hello goes out with {@code Connection: close}, so that the idle memory measured is the
 * sessions', not that of HTTP connections the load generator would otherwise keep alive.
 */
final class EnckeSubscriber extends Subscriber {

  /** The WebSocket endpoint of an Encke server. */
  static final String PATH = "/encke/ws";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE = "/bench";
  private static final String BATCH = "{\"t\":\"batch\",\"seq\":";
  private static final String HEARTBEAT = "{\"t\":\"hb\"}";

  private volatile String origin;
  private volatile String cookie;
  private volatile String session;
  private volatile String token;
  private volatile long lastSeq;
  private volatile boolean resuming;
  /** The welcome's; until it comes, every batch is acknowledged at once, as by the page. */
  private volatile AckPolicy ackPolicy = new AckPolicy(0, 1, 1);
  /** Guarded by this: what was acknowledged, and what waits since when. */
  private long ackedSeq;
  private long waitingBytes;
  private long waitingSinceNanos;
  private long appliedAtNanos;

  EnckeSubscriber(WsFleet fleet) {
    super(fleet);
  }

  @Override
  CompletableFuture<Void> prepare(HttpClient http, URI base) {
    if (session != null) {
      return CompletableFuture.completedFuture(null);
    }
    origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    Request hello = http.POST(base.resolve("/encke/hello"))
        .headers(headers -> headers.put(HttpHeader.ORIGIN, origin)
            .put(HttpHeader.CONNECTION, "close"))
        .body(new StringRequestContent("application/json",
            "{\"t\":\"hello\",\"v\":1,\"page\":\"" + PAGE + "\"}"));
    return new CompletableResponseListener(hello).send().thenAccept(this::welcome);
  }

  private void welcome(ContentResponse response) {
    if (response.getStatus() != 200) {
      throw new IllegalStateException(
          "hello answered " + response.getStatus() + ": " + response.getContentAsString());
    }
    try {
      JsonNode welcome = JSON.readTree(response.getContentAsString());
      token = welcome.get("token").asText();
      String setCookie = response.getHeaders().get(HttpHeader.SET_COOKIE);
      cookie = setCookie.substring(0, setCookie.indexOf(';'));
      session = welcome.get("session").asText();
      JsonNode ack = welcome.path("ack");
      ackPolicy = new AckPolicy(ack.path("ms").asLong(), ack.path("batches").asInt(),
          ack.path("bytes").asLong());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  void upgradeHeaders(HttpFields.Mutable headers) {
    headers.put(HttpHeader.ORIGIN, origin);
    headers.put(HttpHeader.COOKIE, cookie);
  }

  @Override
  void onOpen(Link link) {
    resuming = true;
    link.send("{\"t\":\"resume\",\"session\":\"" + session + "\",\"token\":\"" + token
        + "\",\"seq\":" + lastSeq + "}");
  }

  /** A WebSocket message carries what the server wrote at once, one down-link message per line. */
  @Override
  void onMessage(Link link, String lines) {
    if (resuming) {
      resuming = false;
      ready();
    }
    for (String message : lines.split("\n", -1)) {
      take(link, message);
    }
  }

  private void take(Link link, String message) {
    if (message.startsWith(BATCH)) {
      long seq = PayloadScanner.numberAfter(message, BATCH);
      if (seq == lastSeq + 1) {
        receivePayloads(message);
        lastSeq = seq;
        applied(link, seq, message.length());
      } else if (seq > lastSeq + 1) {
        failed("Encke: batch " + seq + " after " + lastSeq);
      }
    } else if (message.equals(HEARTBEAT)) {
      link.send(HEARTBEAT);
    } else {
      failed("Encke: " + message);
    }
  }

  /**
   * Never: a browser sends no WebSocket pings, and the server's heartbeats, which this page
   * answers, keep the link from idling. Tomcat answers a ping with a blocking pong on a container
   * thread, so pinging every page at once measures that, not the pages Encke serves.
   */
  @Override
  boolean pings() {
    return false;
  }

  private synchronized void applied(Link link, long seq, int bytes) {
    appliedAtNanos = System.nanoTime();
    waitingBytes += bytes;
    AckPolicy policy = ackPolicy;
    if (seq - ackedSeq >= policy.batches() || waitingBytes >= policy.bytes()) {
      acknowledge(link);
    } else if (waitingSinceNanos == 0) {
      waitingSinceNanos = appliedAtNanos;
    }
  }

  @Override
  synchronized void tick() {
    Link link = link();
    long delay = TimeUnit.MILLISECONDS.toNanos(ackPolicy.millis());
    if (waitingSinceNanos != 0 && link != null && !resuming
        && System.nanoTime() - waitingSinceNanos >= delay) {
      acknowledge(link);
    }
  }

  private void acknowledge(Link link) {
    long applied = lastSeq;
    waitingSinceNanos = 0;
    waitingBytes = 0;
    if (applied > ackedSeq) {
      ackedSeq = applied;
      long held = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - appliedAtNanos);
      link.send("{\"t\":\"ack\",\"seq\":" + applied + ",\"held\":" + held + "}");
    }
  }
}
