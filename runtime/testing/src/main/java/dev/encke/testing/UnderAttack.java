package dev.encke.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.openqa.selenium.WebDriver;

/**
 * One attack of the attack suite, measured: while it runs, an honest page in the browser receives
 * a push every 100 ms ({@link HonestPage}), the server's threads and heap are watched ({@link
 * ResourceWatch}, threads named {@code encke…}) and the log is counted ({@link LogCapture}). {@link
 * #end} stops measuring and {@link Report#assertHeld()} checks the bounds every attack must keep:
 *
 * <ul>
 *   <li>every push reached the honest page, never more than {@value #MAX_GAP_MILLIS} ms apart;
 *   <li>the server never ran more than {@value #MAX_SERVER_THREADS} threads (Jetty's pool is at
 *       most 200, Encke's listener pool 16);
 *   <li>the heap in use after collections grew by at most {@value #MAX_HEAP_GROWTH_MIB} MiB;
 *   <li>the log grew by less than 1 % of the bytes the attacker sent.
 * </ul>
 */
public final class UnderAttack implements AutoCloseable {

  public static final long MAX_GAP_MILLIS = 2_000;
  public static final int MAX_SERVER_THREADS = 250;
  public static final long MAX_HEAP_GROWTH_MIB = 256;

  private final WebDriver driver;
  private final LogCapture log;
  private final ResourceWatch resources;
  private final List<HonestPage> honest = new ArrayList<>();
  private final LongSupplier attackBytes;

  private UnderAttack(WebDriver driver, LongSupplier attackBytes) {
    this.driver = driver;
    this.attackBytes = attackBytes;
    this.resources = ResourceWatch.start("encke");
    this.log = LogCapture.start();
  }

  /**
   * Starts measuring, before the attack starts: {@code honestPage} chooses the session of the page
   * open in the driver's current window, {@code attackBytes} tells how many bytes the attack sent.
   */
  public static UnderAttack begin(WebDriver driver, Target honestPage, LongSupplier attackBytes) {
    return begin(driver, attackBytes).watch(honestPage);
  }

  /** Starts measuring, with no honest page yet; {@link #watch} adds them. */
  public static UnderAttack begin(WebDriver driver, LongSupplier attackBytes) {
    return new UnderAttack(driver, attackBytes);
  }

  /** Watches one more honest page: the one open in the driver's current window. */
  public UnderAttack watch(Target honestPage) {
    honest.add(HonestPage.watch(driver, honestPage));
    return this;
  }

  /** Stops measuring, after the attack: waits for each honest page's last push. */
  public Report end() {
    List<HonestPage.Arrivals> arrivals = new ArrayList<>();
    try {
      for (HonestPage page : honest) {
        arrivals.add(page.finish(Duration.ofSeconds(20)));
      }
    } finally {
      log.close();
      resources.close();
    }
    Report report = new Report(arrivals, resources.baselineThreads(), resources.peakThreads(),
        resources.baselineHeap(), resources.peakHeapAfterGc(), log.bytes(), attackBytes.getAsLong(),
        log.lines());
    System.out.println("Under attack: " + report);
    return report;
  }

  @Override
  public void close() {
    honest.forEach(HonestPage::close);
    log.close();
    resources.close();
  }

  /** What one attack did to the server and to the honest pages. */
  public record Report(List<HonestPage.Arrivals> honest, int baselineThreads, int peakThreads,
      long baselineHeap, long peakHeap, long logBytes, long attackBytes, List<String> logLines) {

    /**
     * Checks every bound of {@link UnderAttack}; an attack that sent nothing the test could count
     * (a browser's) must leave the log as it was.
     */
    public void assertHeld() {
      assertThat(honest).as("honest pages watched").isNotEmpty();
      for (HonestPage.Arrivals page : honest) {
        assertThat(page.arrived()).as("pushes that reached an honest page, of %s; %s",
            page.sent(), this).isEqualTo(page.sent());
        assertThat(page.maxGapMillis()).as("longest gap between pushes at an honest page; %s",
            this).isLessThan(MAX_GAP_MILLIS);
      }
      assertThat(peakThreads).as("the server's threads at most; %s", this)
          .isLessThanOrEqualTo(MAX_SERVER_THREADS);
      assertThat((peakHeap - baselineHeap) / 1_048_576).as("heap growth in MiB; %s", this)
          .isLessThanOrEqualTo(MAX_HEAP_GROWTH_MIB);
      if (attackBytes == 0) {
        assertThat(logBytes).as("log bytes; %s", this).isZero();
      } else {
        assertThat(logBytes * 100).as("log bytes times 100, against the attack's bytes; %s", this)
            .isLessThan(attackBytes);
      }
    }

    @Override
    public String toString() {
      StringBuilder pages = new StringBuilder();
      for (HonestPage.Arrivals page : honest) {
        pages.append(page.arrived()).append('/').append(page.sent()).append(" pushes, longest gap ")
            .append(Math.round(page.maxGapMillis())).append(" ms; ");
      }
      return "honest pages: " + pages + "server threads " + baselineThreads
          + " → peak " + peakThreads + "; heap after GC " + baselineHeap / 1_048_576 + " → peak "
          + peakHeap / 1_048_576 + " MiB; log " + logBytes + " bytes for " + attackBytes
          + " bytes of attack; last log lines: " + logLines.subList(
              Math.max(0, logLines.size() - 5), logLines.size());
    }
  }
}
