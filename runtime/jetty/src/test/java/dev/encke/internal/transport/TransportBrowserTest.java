package dev.encke.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.Transport;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.BrowserPages;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Each transport, forced with {@code ?encke-transport=}, in real Chromium under CSP. */
class TransportBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.serving("web",
      builder -> builder.heartbeat(Duration.ofSeconds(2)));

  @ParameterizedTest
  @EnumSource(Transport.class)
  void pushesReachThePageAndItsAcknowledgementsTrimTheServerLog(Transport transport) {
    DefaultScriptSession session = open(transport);
    String hostile = "</script><img src=x onerror=alert(1)>\u2028'\"";

    pages.encke().withAllSessions(() -> Js.call(PROBE, "setText", "out", ""));
    for (int i = 1; i <= 20; i++) {
      int n = i;
      pages.encke().page("/probe.html").run(() -> Js.call(PROBE, "append", "out", n + ","));
    }
    pages.encke().session(session.id()).push(batch -> batch.call(PROBE, "append", "out", hostile));

    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      expected.append(i).append(',');
    }
    expected.append(hostile);
    pages.await().until(d -> text(d).equals(expected.toString()));
    assertThat(pages.driver().findElement(By.id("out")).findElements(By.tagName("img")))
        .isEmpty();
    pages.await().until(d -> session.backlog().acknowledged() == 22
        && session.backlog().messages() == 0);
    assertThat(session.transport()).contains(transport);
  }

  private static DefaultScriptSession open(Transport transport) {
    ScriptSession session = pages.open("probe.html?encke-transport=" + transport.wireName());
    assertThat(pages.driver().findElement(By.tagName("html"))
        .getAttribute("data-encke-transport")).isEqualTo(transport.wireName());
    return (DefaultScriptSession) session;
  }

  private static String text(WebDriver driver) {
    return (String) ((JavascriptExecutor) driver)
        .executeScript("return document.getElementById('out').textContent");
  }
}
