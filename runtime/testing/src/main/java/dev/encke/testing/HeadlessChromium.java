package dev.encke.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts a browser; fails with the install hint when Chromium or its driver is missing. */
  public static HeadlessChromium start() {
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
        "--window-size=1280,900",
        "--user-data-dir=" + freshProfile());
    // A page that never finishes loading fails its test in half a minute, not Selenium's five.
    options.setPageLoadTimeout(Duration.ofSeconds(30));
    options.setScriptTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(new ChromeDriver(service, options));
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

  /** A wait on this browser that polls until a condition holds, up to {@code timeout}. */
  public WebDriverWait await(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /**
   * Opens {@code url} in the current window and waits until its Encke client says it is connected.
   */
  public void openConnected(String url, Duration timeout) {
    driver.get(url);
    await(timeout).until(d -> "open".equals(
        d.findElement(By.tagName("html")).getAttribute("data-encke")));
  }

  /** Closes every window but the first and loads {@code about:blank} in that one. */
  public void leaveAllPages() {
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    for (String handle : handles.subList(1, handles.size())) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(handles.get(0)).get("about:blank");
  }

  @Override
  public void close() {
    driver.quit();
  }
}
