package dev.encke.testing;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A JUnit 5 fixture for browser tests: one Encke server on a free port and one headless Chromium
 * per test class; after each test the extra windows close, the first one leaves its page and the
 * fixture waits until the server has no session left.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserPages pages = BrowserPages.serving("web");
 * }</pre>
 */
public final class BrowserPages implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

  /** How long waits for a page or a DOM change last before a test fails. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final String folder;
  private final UnaryOperator<Encke.Builder> configuration;
  private Encke encke;
  private HeadlessChromium chromium;

  private BrowserPages(String folder, UnaryOperator<Encke.Builder> configuration) {
    this.folder = folder;
    this.configuration = configuration;
  }

  /** A fixture whose server serves the classpath folder {@code folder}. */
  public static BrowserPages serving(String folder) {
    return new BrowserPages(folder, UnaryOperator.identity());
  }

  /** The same fixture with its server builder also passed through {@code configuration}. */
  public BrowserPages configure(UnaryOperator<Encke.Builder> configuration) {
    return new BrowserPages(folder, builder -> configuration.apply(this.configuration.apply(builder)));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    encke = configuration.apply(Encke.builder().port(0).staticResources(folder)).start();
    chromium = HeadlessChromium.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    WebDriver driver = chromium.driver();
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    for (String handle : handles.subList(1, handles.size())) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(handles.get(0)).get("about:blank");
    await().until(d -> encke.sessions().isEmpty());
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

  public Encke encke() {
    return encke;
  }

  public WebDriver driver() {
    return chromium.driver();
  }

  /** A wait on the browser that polls a condition for up to {@link #TIMEOUT}. */
  public WebDriverWait await() {
    return chromium.await(TIMEOUT);
  }

  /**
   * Opens {@code page} (relative to the server, such as {@code "probe.html"}) in the current window,
   * waits until its client is connected, and returns the session it opened.
   */
  public ScriptSession open(String page) {
    Set<String> before = new HashSet<>();
    encke.sessions().forEach(session -> before.add(session.id()));
    chromium.driver().get(encke.uri().resolve(page).toString());
    await().until(d -> "open".equals(d.findElement(By.tagName("html")).getAttribute("data-encke"))
        && encke.sessions().stream().anyMatch(session -> !before.contains(session.id())));
    return encke.sessions().stream().filter(session -> !before.contains(session.id()))
        .findFirst().orElseThrow();
  }

  /** Opens {@code page} in a new window, which stays current, and returns its session. */
  public ScriptSession openInNewWindow(String page) {
    chromium.driver().switchTo().newWindow(WindowType.WINDOW);
    return open(page);
  }
}
