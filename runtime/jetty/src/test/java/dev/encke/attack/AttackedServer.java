package dev.encke.attack;

import dev.encke.Encke;
import dev.encke.Target;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.HeadlessChromium;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The attack suite's fixture: one Encke server with its default limits on a free port of
 * 127.0.0.1, serving the probe page, and one headless Chromium that opens the honest page. Unlike
 * {@code BrowserPages} it does not wait for every session to end between tests: an attacker's
 * sessions stay until their grace period ends, as they would on a real server.
 */
final class AttackedServer implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  private final UnaryOperator<Encke.Builder> configuration;
  private Encke encke;
  private HeadlessChromium chromium;

  AttackedServer() {
    this(UnaryOperator.identity());
  }

  AttackedServer(UnaryOperator<Encke.Builder> configuration) {
    this.configuration = configuration;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    encke = configuration.apply(Encke.builder().port(0).staticResources("web")).start();
    chromium = HeadlessChromium.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    chromium.leaveAllPages();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
    }
    if (encke != null) {
      encke.close();
    }
  }

  Encke encke() {
    return encke;
  }

  WebDriver driver() {
    return chromium.driver();
  }

  /** Opens the probe page in the current window and returns a target of its session alone. */
  Target openHonestPage() {
    return encke.session(BrowserPages.open(chromium, encke, "probe.html").id());
  }
}
