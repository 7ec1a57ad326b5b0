package dev.encke.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.Encke;
import dev.encke.internal.session.UnexpectedFailures;
import dev.encke.js.JsRef;
import dev.encke.testing.PageHello;
import dev.encke.testing.RawWebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 20,000 generated malformed, oversized and hostile up-link frames and requests: each must be
 * rejected with a reason, no exception may escape an endpoint, and the server must serve pages and
 * pushes normally afterwards.
 */
class UplinkFuzzTest {

  private static final int FRAMES = 14_000;
  private static final int REQUESTS = 6_000;
  /** Replay a run with -Dencke.fuzz.seed=N; the seed is printed. */
  private static final long SEED = Long.getLong("encke.fuzz.seed", System.nanoTime());
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Encke encke;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).staticResources("web").maxMessagesPerSecond(1_000_000).start();
  }

  @AfterAll
  static void stop() {
    encke.close();
  }

  @Test
  void everyHostileFrameAndRequestIsRejectedWithAReasonAndTheServerKeepsServing()
      throws Exception {
    long failuresBefore = UnexpectedFailures.count();
    HostileInput input = new HostileInput(SEED);
    long started = System.nanoTime();

    int frameRejections = fuzzWebSocket(input);
    int requestRejections = fuzzHttp(input);

    System.out.printf("fuzz (seed %d): %d WebSocket frames and %d HTTP requests sent, %d and %d"
            + " rejected with a reason, %d exceptions escaped, in %d ms%n", SEED, FRAMES, REQUESTS,
        frameRejections, requestRejections, UnexpectedFailures.count() - failuresBefore,
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    assertThat(frameRejections).isEqualTo(FRAMES);
    assertThat(requestRejections).isEqualTo(REQUESTS);
    assertThat(UnexpectedFailures.count()).isEqualTo(failuresBefore);
    assertTheServerStillServesAPageAndAPush();
  }

  private static int fuzzWebSocket(HostileInput input) throws Exception {
    int rejected = 0;
    try (RawWebSocket socket = RawWebSocket.connect(HTTP, encke.uri(), "/fuzz.html")) {
      socket.next();
      for (int i = 0; i < FRAMES; i++) {
        int kind = input.nextInt(100);
        if (kind == 0) {
          socket.send("{\"t\":\"event\",\"fn\":1,\"args\":[\"" + "x".repeat(70_000) + "\"]}");
        } else if (kind == 1) {
          socket.sendBinary(ByteBuffer.wrap(input.randomBytes(64)));
        } else {
          socket.send(input.message());
        }
        if (i % 500 == 499) {
          rejected += countRejections(socket, 500);
        }
      }
      encke.session(socket.session()).push(batch -> batch.call(JsRef.global("x"), "y"));
      assertThat(socket.next()).startsWith("{\"t\":\"batch\",\"seq\":1,");
    }
    return rejected;
  }

  private static int countRejections(RawWebSocket socket, int expected) throws Exception {
    int rejected = 0;
    for (int i = 0; i < expected; i++) {
      JsonNode message = JSON.readTree(socket.next());
      if ("error".equals(message.path("t").asText()) && !message.path("reason").asText()
          .isEmpty()) {
        rejected++;
      }
    }
    return rejected;
  }

  private static int fuzzHttp(HostileInput input) {
    PageHello page = PageHello.say(HTTP, encke.uri(), "/fuzz.html");
    List<Function<HostileInput, HttpRequest>> kinds = HostileRequests.all(page);
    List<String> accepted = new ArrayList<>();
    int rejected = 0;
    for (int done = 0; done < REQUESTS; done += 50) {
      List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        HttpRequest request = kinds.get(input.nextInt(kinds.size())).apply(input);
        inFlight.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
        HttpResponse<String> response = answer.join();
        if (HostileRequests.isReasonedRejection(response)) {
          rejected++;
        } else {
          accepted.add(response.request().uri() + " -> " + response.statusCode() + " "
              + response.body());
        }
      }
    }
    assertThat(accepted).as("requests answered without a reasoned rejection").isEmpty();
    return rejected;
  }

  private static void assertTheServerStillServesAPageAndAPush() throws Exception {
    HttpResponse<String> page = HTTP.send(
        HttpRequest.newBuilder(URI.create(encke.uri() + "probe.html")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    // The fuzz's hellos count against this address's hello rate, more or less of it left by the
    // time the fuzz ends: the page comes back once the limiter lets the address in again.
    RawWebSocket visit = await().atMost(Duration.ofSeconds(10))
        .ignoreExceptionsMatching(e -> String.valueOf(e.getMessage()).startsWith(
            "hello answered 429"))
        .until(() -> RawWebSocket.connect(HTTP, encke.uri(), "/probe.html"), Objects::nonNull);
    try (RawWebSocket socket = visit) {
      socket.next();
      encke.page("/probe.html").push(batch -> batch.call(JsRef.global("probe"), "apply", 1));
      assertThat(socket.next()).startsWith("{\"t\":\"batch\",\"seq\":1,");
    }
  }
}
