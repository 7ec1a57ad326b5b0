package dev.encke.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.Transport;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.HeadlessChromium;
import dev.encke.testing.HostContract.RunningHost;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

/**
 * No container thread waits on a page: Tomcat with two request threads holds more open
 * down-links than it has threads, still serves new pages, and every push reaches every page.
 */
class TomcatThreadsBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");

  private static RunningHost host;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    host = TomcatHostBrowserTest.start(Map.of("maxThreads", "2", "minSpareThreads", "1"));
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (host != null) {
      host.close();
    }
  }

  @Test
  void twoThreadsServeFiveOpenDownLinksAndEveryPushArrives() {
    Transport[] transports = {Transport.SSE, Transport.STREAMING, Transport.LONG_POLLING,
        Transport.SSE, Transport.STREAMING};
    List<String> windows = new ArrayList<>();
    for (int i = 0; i < transports.length; i++) {
      if (i > 0) {
        chromium.driver().switchTo().newWindow(WindowType.TAB);
      }
      open("probe.html?encke-transport=" + transports[i].wireName());
      windows.add(chromium.driver().getWindowHandle());
    }
    assertThat(host.encke().sessions()).hasSize(transports.length);
    assertThat(Thread.getAllStackTraces().keySet()).filteredOn(
        thread -> thread.getName().startsWith("http-nio-") && thread.getName().contains("-exec-"))
        .hasSizeBetween(1, 2);

    host.encke().allSessions().run(() -> Js.call(PROBE, "append", "out", "to all"));

    for (String window : windows) {
      chromium.driver().switchTo().window(window);
      chromium.await(BrowserPages.TIMEOUT).until(d -> "to all".equals(
          ((JavascriptExecutor) d).executeScript(
              "return document.getElementById('out').textContent")));
    }
  }

  private static ScriptSession open(String page) {
    Set<String> before = new HashSet<>();
    host.encke().sessions().forEach(session -> before.add(session.id()));
    chromium.openConnected(host.pages("127.0.0.1").resolve(page).toString(),
        BrowserPages.TIMEOUT);
    chromium.await(BrowserPages.TIMEOUT).until(d -> host.encke().sessions().stream()
        .anyMatch(s -> !before.contains(s.id())));
    return host.encke().sessions().stream().filter(s -> !before.contains(s.id()))
        .findFirst().orElseThrow();
  }
}
