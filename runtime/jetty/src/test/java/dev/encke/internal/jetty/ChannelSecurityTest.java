package dev.encke.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.encke.Encke;
import dev.encke.testing.PageHello;
import dev.encke.testing.RawWebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Origin, cookie and CSRF checks, and the limits, at the protocol level. */
class ChannelSecurityTest {

  private static final String EVIL = "http://evil.example";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Encke encke;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).maxSessionsPerBrowser(3).maxMessagesPerSecond(20).start();
  }

  @AfterAll
  static void stop() {
    encke.close();
  }

  @Test
  void aCrossSiteWebSocketUpgradeIsRefusedWith403() {
    PageHello page = hello();

    assertThatThrownBy(() -> HTTP.newWebSocketBuilder()
        .header("Origin", EVIL).header("Cookie", page.cookie())
        .buildAsync(wsUri(), new WebSocket.Listener() { }).join())
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(WebSocketHandshakeException.class)
        .satisfies(e -> {
          HttpResponse<?> response = ((WebSocketHandshakeException) e).getResponse();
          assertThat(response.statusCode()).isEqualTo(403);
          assertThat(String.valueOf(response.body())).contains("cross-origin request refused");
        });
  }

  @Test
  void aWebSocketWithoutTheBrowserCookieIsRefusedWith403() {
    assertThatThrownBy(() -> HTTP.newWebSocketBuilder()
        .header("Origin", PageHello.origin(encke.uri()))
        .buildAsync(wsUri(), new WebSocket.Listener() { }).join())
        .cause().isInstanceOf(WebSocketHandshakeException.class)
        .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
            .isEqualTo(403));
  }

  @Test
  void aWebSocketResumeWithAWrongTokenIsClosedAsAPolicyViolation() throws Exception {
    PageHello page = hello();
    RecordingListener listener = new RecordingListener();
    WebSocket socket = HTTP.newWebSocketBuilder()
        .header("Origin", PageHello.origin(encke.uri())).header("Cookie", page.cookie())
        .buildAsync(wsUri(), listener).join();

    socket.sendText("{\"t\":\"resume\",\"session\":\"" + page.session()
        + "\",\"token\":\"forged\",\"seq\":0}", true).join();

    await().atMost(Duration.ofSeconds(10)).until(() -> listener.closeCode == 1008);
    assertThat(listener.closeReason).contains("CSRF token does not match");
  }

  @Test
  void postsFromAnotherOriginOrWithoutOneAreRefusedWith403() throws Exception {
    PageHello page = hello();

    HttpResponse<String> crossSite = send(page.post("up", "[]").setHeader("Origin", EVIL));
    HttpResponse<String> crossSiteHello = send(HttpRequest.newBuilder(
        encke.uri().resolve("/encke/hello")).header("Origin", EVIL)
        .POST(HttpRequest.BodyPublishers.ofString("{\"t\":\"hello\",\"v\":1,\"page\":\"/\"}")));
    HttpResponse<String> noOrigin = send(HttpRequest.newBuilder(encke.uri().resolve("/encke/up"))
        .header("Cookie", page.cookie()).header("X-Encke-Session", page.session())
        .header("X-Encke-Token", page.token()).POST(HttpRequest.BodyPublishers.ofString("[]")));

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains("Origin \\\"http://evil.example\\\" is neither");
    assertThat(crossSiteHello.statusCode()).isEqualTo(403);
    assertThat(noOrigin.statusCode()).isEqualTo(403);
    assertThat(noOrigin.body()).contains("without an Origin header");
  }

  @Test
  void aPostWithAMissingOrWrongCsrfTokenIsRefusedWith403() throws Exception {
    PageHello page = hello();

    HttpResponse<String> valid = send(page.post("up", "[{\"t\":\"hb\"}]"));
    HttpResponse<String> missing = send(HttpRequest.newBuilder(encke.uri().resolve("/encke/up"))
        .header("Origin", PageHello.origin(encke.uri())).header("Cookie", page.cookie())
        .header("X-Encke-Session", page.session())
        .POST(HttpRequest.BodyPublishers.ofString("[]")));
    HttpResponse<String> wrong = send(page.post("up", "[]").setHeader("X-Encke-Token", "forged"));
    HttpResponse<String> otherBrowser = send(page.post("up", "[]")
        .setHeader("Cookie", "encke-browser=AAAAAAAAAAAAAAAAAAAAAA"));
    HttpResponse<String> pollWithWrongToken = send(page.post("poll", "{\"t\":\"resume\",\"seq\":0}")
        .setHeader("X-Encke-Token", "forged"));

    assertThat(valid.statusCode()).isEqualTo(200);
    assertThat(valid.body()).isEqualTo("[]");
    for (HttpResponse<String> refused : List.of(missing, wrong, otherBrowser,
        pollWithWrongToken)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("CSRF token does not match the session");
    }
  }

  @Test
  void oneBrowserMayHoldOnlySoManySessions() throws Exception {
    PageHello first = hello();
    PageHello.say(HTTP, encke.uri(), "/a", first.cookie());
    PageHello.say(HTTP, encke.uri(), "/b", first.cookie());

    HttpResponse<String> fourth = send(HttpRequest.newBuilder(encke.uri().resolve("/encke/hello"))
        .header("Origin", PageHello.origin(encke.uri())).header("Cookie", first.cookie())
        .POST(HttpRequest.BodyPublishers.ofString("{\"t\":\"hello\",\"v\":1,\"page\":\"/c\"}")));

    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.body()).contains("too many sessions for this browser: at most 3");
  }

  @Test
  void aPageThatSendsTooFastHasMessagesRefusedAndKeepsItsSession() throws Exception {
    try (RawWebSocket page = RawWebSocket.connect(HTTP, encke.uri(), "/fast.html")) {
      page.next();
      for (int i = 0; i < 100; i++) {
        page.send("{\"t\":\"hb\"}");
      }

      String refusal = page.next();
      assertThat(refusal).contains("rate limit: more than 20 messages a second");
      encke.session(page.session()).push(batch -> batch.call(
          dev.encke.js.JsRef.global("x"), "y"));
      String next;
      do {
        next = page.next();
      } while (next.contains("rate limit"));
      assertThat(next).startsWith("{\"t\":\"batch\",\"seq\":1,");
    }
  }

  @Test
  void theBrowserCookieIsHttpOnlyAndSameSiteStrictAndNoServerVersionIsSent() throws Exception {
    HttpResponse<String> hello = send(HttpRequest.newBuilder(encke.uri().resolve("/encke/hello"))
        .header("Origin", PageHello.origin(encke.uri()))
        .POST(HttpRequest.BodyPublishers.ofString("{\"t\":\"hello\",\"v\":1,\"page\":\"/\"}")));

    assertThat(hello.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(
        cookie).matches("encke-browser=[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}; Path=/; HttpOnly;"
            + " SameSite=Strict"));
    assertThat(hello.headers().firstValue("Server")).isEmpty();
    assertThat(hello.body()).matches(".*\"session\":\"[A-Za-z0-9_-]{22}\",\"token\":\"[A-Za-z0-9_-]"
        + "{22}\".*");
  }

  private static PageHello hello() {
    return PageHello.say(HTTP, encke.uri(), "/secure.html");
  }

  private static URI wsUri() {
    return URI.create("ws://127.0.0.1:" + encke.port() + "/encke/ws");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static final class RecordingListener implements WebSocket.Listener {
    volatile int closeCode;
    volatile String closeReason;

    @Override
    public java.util.concurrent.CompletionStage<?> onClose(WebSocket webSocket, int statusCode,
        String reason) {
      closeReason = reason;
      closeCode = statusCode;
      return null;
    }
  }
}
