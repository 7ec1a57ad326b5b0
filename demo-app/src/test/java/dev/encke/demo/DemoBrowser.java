package dev.encke.demo;

import dev.encke.ScriptSession;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.HeadlessChromium;
import dev.encke.testing.SharedFolder;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo app on a free port of 127.0.0.1 with one headless Chromium, for one test class: the
 * app starts before the first test and stops after the last; its tickers do not run, so each test
 * moves the market and the dashboard itself. Between tests every page is closed, as {@link
 * BrowserPages} does. {@link #withGi()} serves the real TIBCO GI too, so that the share page's
 * trading panel is GI; without GI that class fails when {@code CI=true} and is skipped otherwise.
 */
final class DemoBrowser
    implements ExecutionCondition, BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  /** A job step short enough that the async job finishes within a test's wait. */
  private static final Duration JOB_STEP = Duration.ofMillis(100);

  private final BrowserPages pages = BrowserPages.using(() -> app().encke());
  private final SharedFolder gi;
  private DemoApp app;

  /** The demo without GI, as scripts/demo runs it when no GI copy is there. */
  DemoBrowser() {
    this(null);
  }

  private DemoBrowser(SharedFolder gi) {
    this.gi = gi;
  }

  /** The demo with the GI copy of {@code -Dencke.gi.home}. */
  static DemoBrowser withGi() {
    return new DemoBrowser(SharedFolder.giHome());
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return gi == null ? ConditionEvaluationResult.enabled("the demo without GI")
        : gi.evaluateExecutionCondition(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Path giHome = gi == null ? null : gi.path();
    app = DemoApp.start("127.0.0.1", 0, JOB_STEP, giHome);
    pages.beforeAll(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    pages.afterEach(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      pages.afterAll(context);
    } finally {
      app.close();
    }
  }

  DemoApp app() {
    return app;
  }

  WebDriver driver() {
    return pages.driver();
  }

  HeadlessChromium chromium() {
    return pages.chromium();
  }

  WebDriverWait await() {
    return pages.await();
  }

  ScriptSession open(String page) {
    return pages.open(page);
  }

  ScriptSession openInNewWindow(String page) {
    return pages.openInNewWindow(page);
  }

  Path screenshot(String name) {
    return pages.screenshot(name);
  }
}
