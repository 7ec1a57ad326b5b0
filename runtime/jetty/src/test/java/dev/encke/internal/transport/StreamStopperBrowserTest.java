package dev.encke.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.Transport;
import dev.encke.js.JsRef;
import dev.encke.testing.BufferingProxy;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The talk's stream-stoppers: between Chromium and the server sits a proxy that holds each response
 * until it ends. The WebSocket cannot pass it and the SSE and streaming heartbeats never arrive, so
 * the page must fall back to long polling by itself, and still receive every push.
 */
class StreamStopperBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static final int PUSHES = 200;

  private static BufferingProxy proxy;
  private static Encke encke;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    proxy = BufferingProxy.start();
    String proxyOrigin = proxy.uri().toString().replaceAll("/$", "");
    encke = Encke.builder().port(0).staticResources("web")
        .heartbeat(Duration.ofSeconds(1))
        .allowedOrigins(proxyOrigin)
        .start();
    proxy.forwardTo(encke.uri());
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
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void thePageFallsBackToLongPollingAndReceivesEveryPush() {
    chromium.driver().get(proxy.uri().resolve("probe.html").toString());
    chromium.await(Duration.ofSeconds(30)).until(d -> encke.sessions().size() == 1);
    for (int i = 1; i <= PUSHES / 2; i++) {
      int n = i;
      encke.allSessions().push(batch -> batch.call(PROBE, "apply", n));
    }

    chromium.await(Duration.ofSeconds(40)).until(d -> "poll".equals(
        d.findElement(By.tagName("html")).getAttribute("data-encke-transport"))
        && "open".equals(d.findElement(By.tagName("html")).getAttribute("data-encke")));
    for (int i = PUSHES / 2 + 1; i <= PUSHES; i++) {
      int n = i;
      encke.allSessions().push(batch -> batch.call(PROBE, "apply", n));
    }

    chromium.await(Duration.ofSeconds(30)).until(d -> applied().size() >= PUSHES);
    assertThat(applied()).containsExactlyElementsOf(
        LongStream.rangeClosed(1, PUSHES).boxed().collect(Collectors.toList()));
    assertThat(encke.sessions().iterator().next().transport()).contains(Transport.LONG_POLLING);
  }

  @SuppressWarnings("unchecked")
  private static List<Long> applied() {
    return (List<Long>) ((JavascriptExecutor) chromium.driver())
        .executeScript("return probe.applied");
  }
}
