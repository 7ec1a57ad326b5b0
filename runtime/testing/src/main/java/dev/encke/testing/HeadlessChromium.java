package dev.encke.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through the system's chromedriver, so that Selenium Manager never
 * downloads anything. {@code scripts/test} installs Debian's {@code chromium} and {@code
 * chromium-driver}; the system properties {@code encke.chromium} and {@code encke.chromedriver}
 * point elsewhere. Each instance has a fresh profile under {@code target/}.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final String CHROMIUM = System.getProperty("encke.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("encke.chromedriver", "/usr/bin/chromedriver");

  private static final AtomicBoolean VERSIONS_REPORTED = new AtomicBoolean();

  private final ChromeDriver driver;
  private boolean ignoringCsp;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts a browser; fails with the install hint when Chromium or its driver is missing. */
  public static HeadlessChromium start() {
    return start(List.of());
  }

  /**
   * Starts a browser that trusts any certificate, for a test's own server with a self-signed
   * one; only the test that asks for it gets such a browser.
   */
  public static HeadlessChromium startTrustingAnyCertificate() {
    return start(List.of("--ignore-certificate-errors"));
  }

  private static HeadlessChromium start(List<String> extraArguments) {
    requireExecutable(CHROMIUM);
    requireExecutable(CHROMEDRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding",
        "--disable-backgrounding-occluded-windows",
        "--window-size=1280,900",
        "--user-data-dir=" + freshProfile());
    options.addArguments(extraArguments);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // A page that never finishes loading fails its test in half a minute, not Selenium's five.
    options.setPageLoadTimeout(Duration.ofSeconds(30));
    options.setScriptTimeout(Duration.ofSeconds(30));
    ChromeDriver driver = new ChromeDriver(service, options);
    reportVersionsOnce(driver);
    return new HeadlessChromium(driver);
  }

  /** A failure report then shows which browser the tests met. */
  private static void reportVersionsOnce(ChromeDriver driver) {
    if (VERSIONS_REPORTED.compareAndSet(false, true)) {
      Object chrome = driver.getCapabilities().getCapability("chrome");
      Object chromedriver = chrome instanceof Map<?, ?> details
          ? details.get("chromedriverVersion") : "unknown";
      System.out.println("Browser tests run on Chromium " + driver.getCapabilities()
          .getBrowserVersion() + " (" + CHROMIUM + ") with ChromeDriver " + chromedriver
          + " (" + CHROMEDRIVER + ")");
    }
  }

  private static void requireExecutable(String path) {
    if (!new File(path).canExecute()) {
      throw new IllegalStateException(
          path
              + " is missing: run scripts/test, which installs Debian's chromium and"
              + " chromium-driver, or set -Dencke.chromium / -Dencke.chromedriver");
    }
  }

  private static Path freshProfile() {
    try {
      Path profiles = Files.createDirectories(Path.of("target", "chromium-profiles"));
      return Files.createTempDirectory(profiles, "profile-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** What pages wrote to the console since the last call, oldest first. */
  public List<String> consoleMessages() {
    List<String> messages = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      messages.add(entry.getMessage());
    }
    return messages;
  }

  /** A wait on this browser that polls until a condition holds, up to {@code timeout}. */
  public WebDriverWait await(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    // A widget that re-renders replaces the element a condition just found: look again.
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Opens {@code url} in the current window and waits until its Encke client says it is connected.
   */
  public void openConnected(String url, Duration timeout) {
    driver.get(url);
    await(timeout).until(d -> "open".equals(
        d.findElement(By.tagName("html")).getAttribute("data-encke")));
  }

  /**
   * Makes the current window ignore the Content-Security-Policy of the pages it loads from now on,
   * so that a test can see whether injected markup would run were the policy not there to block
   * it; {@link #leaveAllPages()} restores the policy.
   */
  public void ignoreContentSecurityPolicy() {
    driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    ignoringCsp = true;
  }

  /**
   * Closes every window but the first and loads {@code about:blank} in that one, which enforces
   * pages' Content-Security-Policy again.
   */
  public void leaveAllPages() {
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    for (String handle : handles.subList(1, handles.size())) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(handles.get(0)).get("about:blank");
    if (ignoringCsp) {
      driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
      ignoringCsp = false;
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
