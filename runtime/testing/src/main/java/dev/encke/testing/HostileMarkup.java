package dev.encke.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Markup pushed as an argument to prove that arguments stay data. Were it ever parsed as HTML, its
 * {@code onerror} handler would count itself in {@code window.enckeInjected}. Under the pages'
 * {@code script-src 'self'} such a handler is blocked before it runs, so a test that looks for its
 * effect must open the page with {@link HeadlessChromium#ignoreContentSecurityPolicy()}: then only
 * Encke keeps the markup from running, which is what the test means to prove.
 */
public final class HostileMarkup {

  /** Quotes, a closing script tag, U+2028 and an image whose error handler counts itself. */
  public static final String PAYLOAD = hostile("enckeInjected");

  private HostileMarkup() {}

  private static String hostile(String counter) {
    return "</script>'\"\u2028<img src=/encke-missing-image onerror=\"window." + counter
        + "=(window." + counter + "||0)+1\">";
  }

  /**
   * Asserts that the payload never ran in the driver's current page. First proves the probe can
   * see it: the same markup, inserted as HTML by the test, must count itself in a control counter.
   * Both images fail the same way, so once the control has counted, a parsed copy of the payload
   * would have counted too.
   */
  public static void assertNeverRan(WebDriver driver, WebDriverWait wait) {
    JavascriptExecutor page = (JavascriptExecutor) driver;
    page.executeScript("var probe = document.createElement('div');"
        + "probe.innerHTML = arguments[0]; document.body.appendChild(probe);",
        hostile("enckeControl"));
    wait.until(d -> Long.valueOf(1).equals(page.executeScript("return window.enckeControl")));
    assertThat(page.executeScript("return window.enckeInjected")).as(
        "times the pushed markup ran as HTML").isNull();
  }
}
