package dev.encke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.DomTimeline;
import dev.encke.testing.HostileMarkup;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
  void aHostileStringArrivesAsTextAndRunsNothingEvenWithoutCsp() {
    pages.chromium().ignoreContentSecurityPolicy();
    openProbe();
    DomTimeline out = DomTimeline.record(pages.driver(), "#out");

    pages.encke().withAllSessions(() -> Js.call(PROBE, "setText", "out", HostileMarkup.PAYLOAD));

    pages.await().until(driver -> HostileMarkup.PAYLOAD.equals(((JavascriptExecutor) driver)
        .executeScript("return document.getElementById('out').textContent")));
    assertThat(out.changes()).extracting(DomTimeline.Change::added).filteredOn(Objects::nonNull)
        .extracting(DomTimeline.Node::tag).containsOnly("#text");
    HostileMarkup.assertNeverRan(pages.driver(), pages.await());
  }

  @Test
  void withSessionReachesOnlyThatPage() {
    WebDriver driver = pages.driver();
    pages.open("probe.html");
    String otherWindow = driver.getWindowHandle();
    DomTimeline other = DomTimeline.record(driver, "#out");
    ScriptSession chosen = pages.openInNewWindow("probe.html");

    pages.encke().withSession(chosen.id(), () -> Js.call(PROBE, "setText", "out", "just you"));
    pages.encke().withAllSessions(() -> Js.call(PROBE, "append", "out", "|everyone"));

    pages.await().until(d -> text(d).equals("just you|everyone"));
    driver.switchTo().window(otherWindow);
    pages.await().until(d -> text(d).equals("|everyone"));
    assertThat(other.states()).extracting(DomTimeline.Node::text).doesNotContain("just you");
  }

  @Test
  void pagesAreServedWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(pages.encke().uri().resolve("probe.html")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("script-src 'self';"
        + " frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
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
}
