package dev.encke.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Encke;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Raw script runs only where the server allows it and the page opted in, and then without eval: as
 * a script element carrying the page's nonce.
 */
class ScriptBufferBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final JsRef PROBE = JsRef.global("probe");

  private static Encke encke;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).staticResources("web").allowRawScript(true)
        .contentSecurityPolicy("script-src 'self' 'nonce-encke-test'").start();
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
    chromium.await(TIMEOUT).until(d -> encke.sessions().isEmpty());
  }

  @Test
  void anOptedInPageRunsRawScriptWithDataKeptAsData() {
    open("raw.html");
    ScriptBuffer script = ScriptBuffer.of("probe.setText('out', ")
        .appendData("</script><b>raw</b>\u2028").appendScript(");");

    encke.page("/raw.html").push(batch -> batch.script(script));

    chromium.await(TIMEOUT).until(d -> "</script><b>raw</b>\u2028".equals(text()));
  }

  @Test
  void aPageThatDidNotOptInIsNeverSentRawScript() {
    open("probe.html");

    assertThatThrownBy(() -> encke.allSessions().push(batch -> {
      batch.call(PROBE, "setText", "out", "not sent either");
      batch.script(ScriptBuffer.of("probe.setText('out', 'raw')"));
    })).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not opt in with <meta name=\"encke-raw-script\"");
    encke.allSessions().push(batch -> batch.call(PROBE, "setText", "out", "after"));

    chromium.await(TIMEOUT).until(d -> "after".equals(text()));
  }

  @Test
  void thePageItselfRefusesRawScriptOnceItsOptInIsGone() {
    open("raw.html");
    ((JavascriptExecutor) chromium.driver()).executeScript(
        "document.querySelector('meta[name=\"encke-raw-script\"]').remove()");

    encke.allSessions().push(batch -> {
      batch.script(ScriptBuffer.of("probe.apply('raw ran')"));
      batch.call(PROBE, "setText", "out", "next command ran");
    });

    chromium.await(TIMEOUT).until(d -> "next command ran".equals(text()));
    assertThat((Long) ((JavascriptExecutor) chromium.driver())
        .executeScript("return probe.applied.length")).isZero();
  }

  private static void open(String page) {
    chromium.openConnected(encke.uri().resolve(page).toString(), TIMEOUT);
    chromium.await(TIMEOUT).until(d -> encke.sessions().size() == 1);
  }

  private static String text() {
    return (String) ((JavascriptExecutor) chromium.driver())
        .executeScript("return document.getElementById('out').textContent");
  }
}
