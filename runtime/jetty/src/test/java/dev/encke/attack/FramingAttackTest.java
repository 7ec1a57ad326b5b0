package dev.encke.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Target;
import dev.encke.testing.Attacker;
import dev.encke.testing.UnderAttack;
import java.time.Duration;
import org.eclipse.jetty.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Finding 6: pages had no {@code frame-ancestors}, {@code object-src} or {@code base-uri} and no
 * X-Frame-Options, so any site could frame them (clickjacking).
 */
class FramingAttackTest {

  @RegisterExtension
  static final AttackedServer server = new AttackedServer();

  @Test
  void aPageOfAnotherOriginCannotFrameThePages() {
    WebDriver driver = server.driver();
    Target honest = server.openHonestPage();
    String honestWindow = driver.getWindowHandle();
    try (UnderAttack attack = UnderAttack.begin(driver, honest, () -> 0)) {
      driver.switchTo().newWindow(WindowType.TAB);
      driver.get("http://localhost:" + server.encke().port() + "/frames.html");
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "loaded".equals(
          d.findElement(By.tagName("html")).getAttribute("data-framed")));
      driver.switchTo().frame("framed");
      boolean probeShown = !driver.findElements(By.id("out")).isEmpty();
      driver.switchTo().defaultContent();
      driver.switchTo().window(honestWindow);

      UnderAttack.Report report = attack.end();

      assertThat(probeShown).as("the probe page rendered inside another origin's frame").isFalse();
      report.assertHeld();
    }
  }

  @Test
  void everyResponseForbidsFramingPluginsAndForeignBases() {
    try (Attacker attacker = Attacker.from("127.0.0.10", server.encke().uri())) {
      for (Attacker.Answer answer : new Attacker.Answer[] {
          attacker.send(attacker.request(HttpMethod.GET, "/probe.html")),
          attacker.send(attacker.request(HttpMethod.GET, "/encke/encke.js")),
          attacker.send(attacker.hello("/probe.html")),
          attacker.send(attacker.request(HttpMethod.GET, "/missing.html"))}) {
        assertThat(answer.headers().get("Content-Security-Policy")).as("%s", answer)
            .isEqualTo("script-src 'self'; frame-ancestors 'self'; object-src 'none';"
                + " base-uri 'self'");
        assertThat(answer.headers().get("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(answer.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
      }
    }
  }
}
