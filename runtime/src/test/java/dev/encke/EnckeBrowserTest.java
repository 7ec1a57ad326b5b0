package dev.encke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

class EnckeBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static Encke encke;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).staticResources("web").start();
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (encke != null) {
      encke.close();
    }
  }

  @AfterEach
  void leavePage() {
    chromium.driver().get("about:blank");
    chromium.await(TIMEOUT).until(driver -> encke.sessions().isEmpty());
  }

  @Test
  void aPushedCallChangesTheDomAndThePageAcknowledgesIt() {
    ScriptSession session = openProbe();

    encke.withAllSessions(() -> Js.call(PROBE, "setText", "out", "pushed 1"));

    chromium.await(TIMEOUT).until(driver -> text(driver).equals("pushed 1"));
    assertThat(session.page()).isEqualTo("/probe.html");
  }

  @Test
  void callsOfOneBlockApplyInTheOrderTheyWereMade() {
    openProbe();

    encke.withAllSessions(
        () -> {
          Js.call(PROBE, "setText", "out", "");
          for (int i = 0; i < 50; i++) {
            Js.call(PROBE, "append", "out", i + ",");
          }
        });
    encke.withAllSessions(() -> Js.call(PROBE, "append", "out", "end"));

    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      expected.append(i).append(',');
    }
    expected.append("end");
    chromium.await(TIMEOUT).until(driver -> text(driver).equals(expected.toString()));
  }

  @Test
  void aHostileStringArrivesAsTextAndRunsNothing() {
    String hostile = "</script><img src=x onerror=alert(1)>";
    openProbe();

    encke.withAllSessions(() -> Js.call(PROBE, "setText", "out", hostile));

    chromium.await(TIMEOUT).until(driver -> text(driver).equals(hostile));
    WebDriver driver = chromium.driver();
    assertThat(driver.findElement(By.id("out")).findElements(By.tagName("img"))).isEmpty();
    assertNoAlert(driver);
  }

  @Test
  void withSessionReachesOnlyThatPage() {
    ScriptSession session = openProbe();

    encke.withSession(session.id(), () -> Js.call(PROBE, "setText", "out", "just you"));

    chromium.await(TIMEOUT).until(driver -> text(driver).equals("just you"));
  }

  @Test
  void pagesAreServedWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(encke.uri().resolve("probe.html")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("script-src 'self'");
    assertThat(page.body()).contains("<span id=\"out\">");
  }

  private static ScriptSession openProbe() {
    chromium.driver().get(URI.create(encke.uri() + "probe.html").toString());
    chromium
        .await(TIMEOUT)
        .until(
            driver ->
                "open".equals(driver.findElement(By.tagName("html")).getAttribute("data-encke")));
    assertThat(encke.sessions()).hasSize(1);
    return encke.sessions().iterator().next();
  }

  private static String text(WebDriver driver) {
    return driver.findElement(By.id("out")).getText();
  }

  private static void assertNoAlert(WebDriver driver) {
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // No alert: the hostile markup stayed text.
    }
  }
}
