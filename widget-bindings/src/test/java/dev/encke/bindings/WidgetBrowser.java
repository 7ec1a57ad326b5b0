package dev.encke.bindings;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * One Encke server serving the test pages of {@code src/test/resources/web} under its default
 * {@code script-src 'self'} policy, and one headless Chromium, shared by the tests of a widget
 * family. Unlike the runtime's {@code BrowserPages} fixture, it leaves pages open between tests,
 * so that a family's page (Dojo loads some 160 modules) is opened once, and it polls every 20 ms,
 * since effects change the DOM for fractions of a second. A page counts as open once its client
 * says it is connected, which it does only after its libraries loaded.
 */
public final class WidgetBrowser implements AutoCloseable {

  public static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(20);

  private final Encke encke;
  private final HeadlessChromium chromium;

  private WidgetBrowser(Encke encke, HeadlessChromium chromium) {
    this.encke = encke;
    this.chromium = chromium;
  }

  public static WidgetBrowser start() {
    return start(new ScriptSessionListener() {});
  }

  public static WidgetBrowser start(ScriptSessionListener listener) {
    Encke encke = Encke.builder().port(0).staticResources("web").listener(listener).start();
    try {
      HeadlessChromium chromium = HeadlessChromium.start();
      // A renderer that stops answering fails the test within the timeout, not Selenium's three
      // minutes: ChromeDriver waits for pending navigations up to the page load timeout.
      chromium.driver().manage().timeouts().pageLoadTimeout(TIMEOUT);
      return new WidgetBrowser(encke, chromium);
    } catch (RuntimeException e) {
      encke.close();
      throw e;
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
    WebDriver driver = driver();
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    for (String handle : handles.subList(1, handles.size())) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(handles.get(0)).get("about:blank");
    await(d -> encke.sessions().isEmpty() ? Boolean.TRUE : null);
  }

  /**
   * Waits until {@code condition} gives a value that is neither null nor false, checking every 20
   * ms: effects change the DOM for fractions of a second.
   */
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

  @Override
  public void close() {
    try {
      chromium.close();
    } finally {
      encke.close();
    }
  }
}
