package dev.encke.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.HostContract.RunningHost;
import dev.encke.testing.PageHello;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The servlet host closes a page's WebSocket on a thread of its own, never on Tomcat's, since
 * Tomcat writes the close frame blocking; the close still arrives with the core's status and
 * reason, and the sockets of pages still open close when Encke does. Tomcat runs with one request
 * thread, so a close that kept it would hold up every other page.
 */
class TomcatSocketCloseTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PAGE = "/app/index.html";

  @Test
  void aResumeWithAWrongTokenIsClosedWithPolicyViolationAndTheNextPageStillResumes()
      throws Exception {
    try (RunningHost host = oneThread()) {
      PageHello refused = PageHello.say(HTTP, host.pages("127.0.0.1"), PAGE);
      PageSocket refusedSocket = open(refused);
      refusedSocket.socket.sendText(resume(refused, "not-the-token"), true);

      assertThat(refusedSocket.status.get(10, TimeUnit.SECONDS)).startsWith("1008 ");

      PageHello next = PageHello.say(HTTP, host.pages("127.0.0.1"), PAGE);
      PageSocket open = open(next);
      open.socket.sendText(resume(next, next.token()), true);
      assertThat(open.firstText.get(10, TimeUnit.SECONDS)).isEqualTo("{\"t\":\"hb\"}");
    }
  }

  @Test
  void closingEnckeClosesTheSocketOfAnOpenPageNormally() throws Exception {
    try (RunningHost host = oneThread()) {
      PageHello hello = PageHello.say(HTTP, host.pages("127.0.0.1"), PAGE);
      PageSocket open = open(hello);
      open.socket.sendText(resume(hello, hello.token()), true);
      open.firstText.get(10, TimeUnit.SECONDS);

      host.encke().close();

      assertThat(open.status.get(10, TimeUnit.SECONDS)).startsWith("1000 ");
    }
  }

  private static RunningHost oneThread() {
    return TomcatHostBrowserTest.start(Map.of("maxThreads", "1", "minSpareThreads", "1"));
  }

  private static String resume(PageHello hello, String token) {
    return "{\"t\":\"resume\",\"session\":\"" + hello.session() + "\",\"token\":\"" + token
        + "\",\"seq\":0}";
  }

  private static PageSocket open(PageHello hello) throws Exception {
    URI base = hello.base();
    PageSocket page = new PageSocket();
    page.socket = HTTP.newWebSocketBuilder()
        .header("Origin", PageHello.origin(base))
        .header("Cookie", hello.cookie())
        .buildAsync(URI.create("ws://" + base.getHost() + ":" + base.getPort() + base.getPath()
            + "encke/ws"), page)
        .get(10, TimeUnit.SECONDS);
    return page;
  }

  /** A page's socket: its first text message and its close status with the reason. */
  private static final class PageSocket implements WebSocket.Listener {
    final CompletableFuture<String> firstText = new CompletableFuture<>();
    final CompletableFuture<String> status = new CompletableFuture<>();
    WebSocket socket;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      firstText.complete(data.toString());
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      status.complete(statusCode + " " + reason);
      return null;
    }
  }
}
