package dev.encke.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.Transport;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Each transport, forced with {@code ?encke-transport=}, in real Chromium under CSP. */
class TransportBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static Encke encke;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).staticResources("web").heartbeat(Duration.ofSeconds(2)).start();
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

  @ParameterizedTest
  @EnumSource(Transport.class)
  void pushesReachThePageAndItsAcknowledgementsTrimTheServerLog(Transport transport) {
    DefaultScriptSession session = open(transport);
    String hostile = "</script><img src=x onerror=alert(1)>\u2028'\"";

    encke.withAllSessions(() -> Js.call(PROBE, "setText", "out", ""));
    for (int i = 1; i <= 20; i++) {
      int n = i;
      encke.page("/probe.html").run(() -> Js.call(PROBE, "append", "out", n + ","));
    }
    encke.session(session.id()).push(batch -> batch.call(PROBE, "append", "out", hostile));

    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      expected.append(i).append(',');
    }
    expected.append(hostile);
    chromium.await(TIMEOUT).until(d -> text(d).equals(expected.toString()));
    assertThat(chromium.driver().findElement(By.id("out")).findElements(By.tagName("img")))
        .isEmpty();
    chromium.await(TIMEOUT).until(d -> session.backlog().acknowledged() == 22
        && session.backlog().messages() == 0);
    assertThat(session.transport()).contains(transport);
  }

  private static DefaultScriptSession open(Transport transport) {
    String url = encke.uri().resolve("probe.html?encke-transport=" + transport.wireName())
        .toString();
    chromium.openConnected(url, TIMEOUT);
    assertThat(chromium.driver().findElement(By.tagName("html"))
        .getAttribute("data-encke-transport")).isEqualTo(transport.wireName());
    chromium.await(TIMEOUT).until(d -> encke.sessions().size() == 1);
    ScriptSession session = encke.sessions().iterator().next();
    return (DefaultScriptSession) session;
  }

  private static String text(WebDriver driver) {
    return (String) ((JavascriptExecutor) driver)
        .executeScript("return document.getElementById('out').textContent");
  }
}
