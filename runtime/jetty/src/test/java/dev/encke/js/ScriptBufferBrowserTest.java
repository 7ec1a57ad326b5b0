package dev.encke.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.testing.BrowserPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Raw script runs only where the server allows it and the page opted in, and then without eval: as
 * a script element carrying the page's nonce.
 */
class ScriptBufferBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.serving("web",
      builder -> builder.allowRawScript(true)
          .contentSecurityPolicy("script-src 'self' 'nonce-encke-test'"));

  @Test
  void anOptedInPageRunsRawScriptWithDataKeptAsData() {
    open("raw.html");
    ScriptBuffer script = ScriptBuffer.of("probe.setText('out', ")
        .appendData("</script><b>raw</b>\u2028").appendScript(");");

    pages.encke().page("/raw.html").push(batch -> batch.script(script));

    pages.await().until(d -> "</script><b>raw</b>\u2028".equals(text()));
  }

  @Test
  void aPageThatDidNotOptInIsNeverSentRawScript() {
    open("probe.html");

    assertThatThrownBy(() -> pages.encke().allSessions().push(batch -> {
      batch.call(PROBE, "setText", "out", "not sent either");
      batch.script(ScriptBuffer.of("probe.setText('out', 'raw')"));
    })).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not opt in with <meta name=\"encke-raw-script\"");
    pages.encke().allSessions().push(batch -> batch.call(PROBE, "setText", "out", "after"));

    pages.await().until(d -> "after".equals(text()));
  }

  @Test
  void thePageItselfRefusesRawScriptOnceItsOptInIsGone() {
    open("raw.html");
    ((JavascriptExecutor) pages.driver()).executeScript(
        "document.querySelector('meta[name=\"encke-raw-script\"]').remove()");

    pages.encke().allSessions().push(batch -> {
      batch.script(ScriptBuffer.of("probe.apply('raw ran')"));
      batch.call(PROBE, "setText", "out", "next command ran");
    });

    pages.await().until(d -> "next command ran".equals(text()));
    assertThat((Long) ((JavascriptExecutor) pages.driver())
        .executeScript("return probe.applied.length")).isZero();
  }

  private static void open(String page) {
    pages.open(page);
  }

  private static String text() {
    return (String) ((JavascriptExecutor) pages.driver())
        .executeScript("return document.getElementById('out').textContent");
  }
}
