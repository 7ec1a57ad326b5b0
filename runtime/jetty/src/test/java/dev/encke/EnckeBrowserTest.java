package dev.encke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.BrowserPages;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

class EnckeBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.serving("web");

  @Test
  void aPushedCallChangesTheDomAndThePageAcknowledgesIt() {
    ScriptSession session = openProbe();

    pages.encke().withAllSessions(() -> Js.call(PROBE, "setText", "out", "pushed 1"));

    pages.await().until(driver -> text(driver).equals("pushed 1"));
    assertThat(session.page()).isEqualTo("/probe.html");
  }

  @Test
  void callsOfOneBlockApplyInTheOrderTheyWereMade() {
    openProbe();

    pages.encke().withAllSessions(
        () -> {
          Js.call(PROBE, "setText", "out", "");
          for (int i = 0; i < 50; i++) {
            Js.call(PROBE, "append", "out", i + ",");
          }
        });
    pages.encke().withAllSessions(() -> Js.call(PROBE, "append", "out", "end"));

    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      expected.append(i).append(',');
    }
    expected.append("end");
    pages.await().until(driver -> text(driver).equals(expected.toString()));
  }

  @Test
  void aHostileStringArrivesAsTextAndRunsNothing() {
    String hostile = "</script><img src=x onerror=alert(1)>";
    openProbe();

    pages.encke().withAllSessions(() -> Js.call(PROBE, "setText", "out", hostile));

    pages.await().until(driver -> text(driver).equals(hostile));
    WebDriver driver = pages.driver();
    assertThat(driver.findElement(By.id("out")).findElements(By.tagName("img"))).isEmpty();
    assertNoAlert(driver);
  }

  @Test
  void withSessionReachesOnlyThatPage() {
    ScriptSession session = openProbe();

    pages.encke().withSession(session.id(), () -> Js.call(PROBE, "setText", "out", "just you"));

    pages.await().until(driver -> text(driver).equals("just you"));
  }

  @Test
  void pagesAreServedWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(pages.encke().uri().resolve("probe.html")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("script-src 'self'");
    assertThat(page.body()).contains("<span id=\"out\">");
  }

  private static ScriptSession openProbe() {
    ScriptSession session = pages.open("probe.html");
    assertThat(pages.encke().sessions()).containsExactly(session);
    return session;
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
