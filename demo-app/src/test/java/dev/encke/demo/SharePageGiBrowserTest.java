package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The share page's trading panel on the real TIBCO GI: a big move disables buy and sell, the next
 * tick enables them again, the Matrix of trades follows the pushes, and a click on Buy reaches
 * the server. Effects are read from what GI painted.
 */
class SharePageGiBrowserTest {

  private static final String GREY = "rgba(168, 168, 181, 1)";

  @RegisterExtension
  static final DemoBrowser demo = DemoBrowser.withGi();

  @Test
  void aBigMoveDisablesBuyAndSellWhileTheMatrixShowsEveryTradePushed() {
    ScriptSession page = demo.open("share.html");
    assertThat(demo.driver().findElements(By.id("gi-note"))).isEmpty();
    demo.await().until(d -> page.attribute(TradingPanel.HAS_GI).isPresent()
        && status().startsWith("Trading ACME at "));

    demo.app().market().jump("ACME", 0.05);
    demo.app().share().tick();

    demo.await().until(d -> handlers("buy").isEmpty() && handlers("sell").isEmpty()
        && status().equals("Paused: ACME moved +5.00%") && rows() == 3);
    assertThat(painted("buy").getCssValue("color")).isEqualTo(GREY);
    assertThat(painted("trades").getText()).contains("ACME", "GLOBEX", "INITECH",
        demo.app().market().quote("ACME").priceText());
    demo.screenshot("share-gi-paused");

    demo.app().share().tick();

    demo.await().until(d -> handlers("buy").contains("onclick") && rows() == TradingPanel.ROWS
        && status().startsWith("Trading ACME at "));
    assertThat(painted("sell").getCssValue("color")).isNotEqualTo(GREY);
    painted("buy").click();
    demo.await().until(d -> painted("trades").getText().contains("100 bought here")
        && rows() == TradingPanel.ROWS);
    demo.screenshot("share-gi");
  }

  @Test
  void theSharePagesPolicyAllowsEachHandlerGiPaintsByItsHashAndNoOtherInlineScript()
      throws Exception {
    demo.open("share.html");
    demo.await().until(d -> status().startsWith("Trading ACME at "));
    demo.app().market().jump("ACME", -0.05);
    demo.app().share().tick();
    demo.await().until(d -> handlers("buy").isEmpty());
    demo.app().share().tick();
    demo.await().until(d -> handlers("buy").contains("onclick") && rows() == TradingPanel.ROWS);

    HttpClient http = HttpClient.newHttpClient();
    String policy = policyOf(http, "/share.html");
    assertThat(policy).startsWith("script-src 'self' 'unsafe-eval' 'unsafe-hashes' ")
        .doesNotContain("'unsafe-inline'");
    for (String handler : paintedHandlers()) {
      assertThat(policy).as("the policy allows GI's handler %s", handler)
          .contains("'sha256-" + sha256(handler) + "'");
    }
    assertThat(policyOf(http, "/chat.html"))
        .isEqualTo("script-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'");
  }

  private static String status() {
    return painted("status").getText();
  }

  private static long rows() {
    return (Long) gi("return shareApp.getJSXByName('trades').getRecordIds().length;");
  }

  private static WebElement painted(String name) {
    return (WebElement) gi("return shareApp.getJSXByName(arguments[0]).getRendered();", name);
  }

  @SuppressWarnings("unchecked")
  private static List<String> handlers(String name) {
    return (List<String>) gi("return Array.prototype.filter.call(shareApp.getJSXByName("
        + "arguments[0]).getRendered().attributes, function (a) { return /^on/.test(a.name); })"
        + ".map(function (a) { return a.name; });", name);
  }

  @SuppressWarnings("unchecked")
  private static List<String> paintedHandlers() {
    return (List<String>) gi("var found = {};"
        + " document.querySelectorAll('#gi-row *').forEach(function (e) {"
        + " Array.prototype.forEach.call(e.attributes, function (a) {"
        + " if (/^on/.test(a.name)) { found[a.value] = true; } }); });"
        + " return Object.keys(found);");
  }

  private static Object gi(String script, Object... args) {
    return ((JavascriptExecutor) demo.driver()).executeScript(script, args);
  }

  private static String policyOf(HttpClient http, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(demo.app().encke().uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.discarding()).headers()
        .firstValue("Content-Security-Policy").orElseThrow();
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
