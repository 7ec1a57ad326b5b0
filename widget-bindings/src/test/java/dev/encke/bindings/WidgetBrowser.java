package dev.encke.bindings;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * One Encke server serving the test pages of {@code src/test/resources/web} under its default
 * {@code script-src 'self'} policy, and one headless Chromium, shared by the tests of a widget
 * family: a JUnit extension that starts both before the class's first test and stops them after
 * its last. Unlike the runtime's {@code BrowserPages} fixture, it leaves pages open between tests,
 * so that a family's page (Dojo loads some 160 modules) is opened once. Effects that change the DOM
 * for fractions of a second are watched through a {@code DomTimeline}, never by sampling. A page
 * counts as open once its client says it is connected, which it does only after its libraries
 * loaded.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WidgetBrowser browser = WidgetBrowser.serving();
 * }</pre>
 */
public final class WidgetBrowser implements BeforeAllCallback, AfterAllCallback {

  public static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(100);

  private final ScriptSessionListener listener;
  private final UnaryOperator<Encke.Builder> configuration;
  private Encke encke;
  private HeadlessChromium chromium;

  private WidgetBrowser(ScriptSessionListener listener,
      UnaryOperator<Encke.Builder> configuration) {
    this.listener = listener;
    this.configuration = configuration;
  }

  public static WidgetBrowser serving() {
    return serving(new ScriptSessionListener() {});
  }

  /** A fixture whose server tells {@code listener} of the sessions the pages open. */
  public static WidgetBrowser serving(ScriptSessionListener listener) {
    return serving(listener, UnaryOperator.identity());
  }

  /**
   * A fixture whose server's builder also passes through {@code configuration}, when the server
   * is started: a library served from a folder, a page's own policy.
   */
  public static WidgetBrowser serving(ScriptSessionListener listener,
      UnaryOperator<Encke.Builder> configuration) {
    return new WidgetBrowser(listener, configuration);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    encke = configuration.apply(Encke.builder().port(0).staticResources("web").listener(listener))
        .start();
    chromium = HeadlessChromium.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (encke != null) {
        encke.close();
      }
    }
  }

  public Encke encke() {
    return encke;
  }

  public WebDriver driver() {
    return chromium.driver();
  }

  /** Opens {@code page} in the current window and returns its session once it is connected. */
  public ScriptSession open(String page) {
    Set<String> before = sessionIds();
    chromium.openConnected(encke.uri().resolve(page).toString(), TIMEOUT);
    return await(d -> encke.sessions().stream()
        .filter(session -> !before.contains(session.id()) && !session.isEnded())
        .findFirst()
        .orElse(null));
  }

  /** Opens {@code page} in a new window, which becomes the current one. */
  public ScriptSession openInNewWindow(String page) {
    driver().switchTo().newWindow(WindowType.WINDOW);
    return open(page);
  }

  /** Closes every window but the first and waits until no page is connected. */
  public void leaveAll() {
    chromium.leaveAllPages();
    await(d -> encke.sessions().isEmpty() ? Boolean.TRUE : null);
  }

  /** Waits until {@code condition} gives a value that is neither null nor false. */
  public <T> T await(Function<WebDriver, T> condition) {
    return chromium.await(TIMEOUT).pollingEvery(POLL).until(condition::apply);
  }

  public WebElement element(String id) {
    return driver().findElement(By.id(id));
  }

  /** The text of the element with the given id, as the page shows it. */
  public String text(String id) {
    return element(id).getText();
  }

  /**
   * Runs a script in the page through WebDriver, which the page's Content-Security-Policy does not
   * govern; tests use it only to read what a library wrote into the DOM.
   */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver()).executeScript(script, args);
  }

  private Set<String> sessionIds() {
    Set<String> ids = new HashSet<>();
    encke.sessions().forEach(session -> ids.add(session.id()));
    return ids;
  }
}
