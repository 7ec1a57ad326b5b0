package dev.encke.testing;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

  private final Supplier<Encke> server;
  private final boolean ownsServer;
  private Encke encke;
  private HeadlessChromium chromium;

  private BrowserPages(Supplier<Encke> server, boolean ownsServer) {
    this.server = server;
    this.ownsServer = ownsServer;
  }

  /** A fixture whose server serves the classpath folder {@code folder}. */
  public static BrowserPages serving(String folder) {
    return serving(folder, UnaryOperator.identity());
  }

  /**
   * A fixture serving {@code folder} from a server whose builder also passes through {@code
   * configuration}.
   */
  public static BrowserPages serving(String folder,
      UnaryOperator<Encke.Builder> configuration) {
    return new BrowserPages(
        () -> configuration.apply(Encke.builder().port(0).staticResources(folder)).start(), true);
  }

  /**
   * A fixture for a server the test starts and stops itself, such as an application's; {@code
   * server} is asked for it before the first test.
   */
  public static BrowserPages using(Supplier<Encke> server) {
    return new BrowserPages(server, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    encke = server.get();
    chromium = HeadlessChromium.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    chromium.leaveAllPages();
    await().until(d -> encke.sessions().isEmpty());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
    }
    if (encke != null && ownsServer) {
      encke.close();
    }
  }

  public Encke encke() {
    return encke;
  }

  public WebDriver driver() {
    return chromium.driver();
  }

  public HeadlessChromium chromium() {
    return chromium;
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
    return open(chromium, encke, page);
  }

  /**
   * Opens {@code page} of {@code encke} in the current window of {@code chromium}, waits until its
   * client is connected, and returns the session it opened.
   */
  public static ScriptSession open(HeadlessChromium chromium, Encke encke, String page) {
    Set<String> before = new HashSet<>();
    encke.sessions().forEach(session -> before.add(session.id()));
    chromium.openConnected(encke.uri().resolve(page).toString(), TIMEOUT);
    chromium.await(TIMEOUT).until(d -> encke.sessions().stream()
        .anyMatch(s -> !before.contains(s.id())));
    return encke.sessions().stream().filter(session -> !before.contains(session.id()))
        .findFirst().orElseThrow();
  }

  /** Saves what the current window shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = folder.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) chromium.driver()).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the screenshot " + name, e);
    }
  }

  /** Opens {@code page} in a new window, which stays current, and returns its session. */
  public ScriptSession openInNewWindow(String page) {
    chromium.driver().switchTo().newWindow(WindowType.WINDOW);
    return open(page);
  }
}
