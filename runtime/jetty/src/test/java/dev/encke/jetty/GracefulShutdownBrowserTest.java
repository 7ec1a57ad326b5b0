package dev.encke.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.Transport;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.HeadlessChromium;
import dev.encke.testing.HostContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code Encke.shutdown(grace)}: every push made before it is acknowledged by the page before the
 * page is told to reconnect elsewhere (it reloads).
 */
class GracefulShutdownBrowserTest {

  private static final int PUSHES = 50;

  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    chromium.close();
  }

  @ParameterizedTest
  @EnumSource(value = Transport.class, names = {"WEBSOCKET", "LONG_POLLING"})
  void everyPushIsAcknowledgedBeforeThePageIsToldToReconnectElsewhere(Transport transport) {
    Encke encke = Encke.builder().port(0).staticResources(HostContract.PAGES).start();
    DefaultScriptSession session = (DefaultScriptSession) BrowserPages.open(chromium, encke,
        "probe.html?encke-transport=" + transport.wireName());
    chromium.consoleMessages();
    for (int i = 1; i <= PUSHES; i++) {
      int n = i;
      encke.session(session.id()).run(() -> Js.call(JsRef.global("probe"), "append", "out",
          n + ","));
    }

    encke.shutdown(Duration.ofSeconds(10));

    assertThat(session.backlog().acknowledged()).isEqualTo(PUSHES);
    assertThat(session.isEnded()).isTrue();
    chromium.await(BrowserPages.TIMEOUT).until(d -> chromium.consoleMessages().stream()
        .anyMatch(message -> message.contains("the server is shutting down: reconnect")));
    chromium.leaveAllPages();
  }
}
