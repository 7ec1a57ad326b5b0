package dev.encke.testing;

import dev.encke.Target;
import dev.encke.js.JsRef;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An honest page in a real browser, watched while an attack runs: a ticker on the server pushes to
 * it every {@link #PERIOD} (each push sets {@code data-honest-tick} on its {@code <html>} to the
 * push's number), and the page records when each push arrived, with a {@code MutationObserver} the
 * test installs through WebDriver. {@link #finish} stops the ticker, waits for the last push and
 * measures the longest gap between two arrivals. The ticker thread is {@code honest-ticker}.
 */
public final class HonestPage implements AutoCloseable {

  /** How often the ticker pushes. */
  public static final Duration PERIOD = Duration.ofMillis(100);

  private static final JsRef ROOT = JsRef.global("document", "documentElement");
  private static final String ATTRIBUTE = "data-honest-tick";
  private static final String INSTALL = """
      var arrivals = window.enckeHonestArrivals = [];
      new MutationObserver(function (mutations) {
        var now = performance.now();
        mutations.forEach(function () { arrivals.push(now); });
      }).observe(document.documentElement, { attributes: true, attributeFilter: [arguments[0]] });
      """;
  private static final String MAX_GAP = """
      var arrivals = window.enckeHonestArrivals || [];
      var gap = 0;
      for (var i = 1; i < arrivals.length; i++) { gap = Math.max(gap, arrivals[i] - arrivals[i - 1]); }
      return [arrivals.length, gap];
      """;

  private final WebDriver driver;
  private final String window;
  private final Target target;
  private final AtomicLong sent = new AtomicLong();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "honest-ticker");
    thread.setDaemon(true);
    return thread;
  });

  private HonestPage(WebDriver driver, Target target) {
    this.driver = driver;
    this.window = driver.getWindowHandle();
    this.target = target;
    ((JavascriptExecutor) driver).executeScript(INSTALL, ATTRIBUTE);
    ticker.scheduleAtFixedRate(this::tick, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Starts watching the page open in the driver's current window, whose session {@code target}
   * chooses.
   */
  public static HonestPage watch(WebDriver driver, Target target) {
    return new HonestPage(driver, target);
  }

  private void tick() {
    long n = sent.incrementAndGet();
    target.push(batch -> batch.call(ROOT, "setAttribute", ATTRIBUTE, Long.toString(n)));
  }

  /**
   * Stops the ticker and waits up to {@code timeout} until the page applied its last push; then
   * the record of arrivals, read in the page's window, which the driver is switched to.
   */
  public Arrivals finish(Duration timeout) {
    ticker.shutdown();
    try {
      if (!ticker.awaitTermination(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the honest ticker did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    driver.switchTo().window(window);
    String last = Long.toString(sent.get());
    new WebDriverWait(driver, timeout).withMessage(() -> "the honest page never applied push "
        + last).until(d -> last.equals(((JavascriptExecutor) d).executeScript(
            "return document.documentElement.getAttribute(arguments[0])", ATTRIBUTE)));
    List<?> measured = (List<?>) ((JavascriptExecutor) driver).executeScript(MAX_GAP);
    return new Arrivals(sent.get(), ((Number) measured.get(0)).longValue(),
        ((Number) measured.get(1)).doubleValue());
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }

  /**
   * What the honest page received: how many pushes were sent, how many arrived, and the longest
   * time between two arrivals, in milliseconds.
   */
  public record Arrivals(long sent, long arrived, double maxGapMillis) {}
}
