package dev.encke.example.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.BrowserPages;
import dev.encke.testing.DomTimeline;
import dev.encke.testing.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application in Chromium: pushes from the scheduler and from a request handler. */
class ShareApplicationBrowserTest {

  private static ConfigurableApplicationContext application;
  private static HeadlessChromium chromium;
  private static URI base;

  @BeforeAll
  static void start() {
    application = new SpringApplicationBuilder(ShareApplication.class)
        .properties("server.port=0", "server.address=127.0.0.1", "share.tick=200ms").run();
    base = URI.create("http://127.0.0.1:"
        + ((WebServerApplicationContext) application).getWebServer().getPort() + "/");
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    application.close();
  }

  @Test
  void theScheduledFeedUpdatesThePriceAndARequestShakesIt()
      throws IOException, InterruptedException {
    chromium.openConnected(base.resolve("share").toString(), BrowserPages.TIMEOUT);
    String rendered = chromium.driver().findElement(By.id("price")).getText();
    assertThat(rendered).matches("\\d+\\.\\d\\d");
    DomTimeline page = DomTimeline.record(chromium.driver(), "body");

    chromium.await(BrowserPages.TIMEOUT).until(d -> page.states().stream()
        .filter(state -> state.id().equals("price")).map(DomTimeline.Node::text)
        .filter(text -> text.matches("\\d+\\.\\d\\d")).distinct().count() >= 2);

    HttpResponse<String> shaken = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.resolve("shake"))
            .POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(shaken.statusCode()).isEqualTo(200);
    chromium.await(BrowserPages.TIMEOUT).until(d -> d.findElement(By.id("status")).getText()
        .equals("Shaken by a request"));
    chromium.await(BrowserPages.TIMEOUT).until(d -> page.states().stream()
        .anyMatch(state -> state.id().equals("price") && state.pixels("left") != 0));
  }
}
