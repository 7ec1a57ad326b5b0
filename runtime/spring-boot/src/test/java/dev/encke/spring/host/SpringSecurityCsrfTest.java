package dev.encke.spring.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.PageHello;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Security's CSRF protection and Encke's token coexist: the application's own form posts
 * still need Spring's token, Encke's endpoints pass Spring's filter and need Encke's instead.
 */
class SpringSecurityCsrfTest {

  private static ConfigurableApplicationContext application;
  private static URI base;

  @BeforeAll
  static void start() {
    application = SpringBootHostBrowserTest.startApplication();
    base = URI.create("http://127.0.0.1:" + SpringBootHostBrowserTest.port(application) + "/app/");
  }

  @AfterAll
  static void stop() {
    application.close();
  }

  @Test
  void theApplicationsOwnFormPostIsRefusedWithoutSpringsTokenAndAcceptedWithIt()
      throws IOException, InterruptedException {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertThat(send(browser, note().build()).statusCode()).isEqualTo(403);

    String token = send(browser, HttpRequest.newBuilder(base.resolve("csrf")).build()).body();
    HttpResponse<String> accepted = send(browser, note().header("X-CSRF-TOKEN", token).build());
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.body()).isEqualTo("noted hi");
  }

  @Test
  void enckesPostsPassSpringsCsrfFilterAndAreRefusedWithoutEnckesToken()
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    PageHello page = PageHello.say(http, base, "/app/probe.html");
    assertThat(page.welcome()).contains("\"hb\":5000");

    HttpResponse<String> forged = send(http, page.post("up", "[]")
        .setHeader("X-Encke-Token", "forged").build());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("CSRF token does not match");

    assertThat(send(http, page.post("up", "[]").build()).statusCode()).isEqualTo(200);
  }

  private HttpRequest.Builder note() {
    return HttpRequest.newBuilder(base.resolve("notes"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("text=hi"));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
