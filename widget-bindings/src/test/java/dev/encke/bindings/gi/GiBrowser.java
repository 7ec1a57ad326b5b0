package dev.encke.bindings.gi;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.bindings.WidgetBrowser;
import dev.encke.testing.SharedFolder;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The tests' own GI application ({@code web/gi-apps/trading}) on the real GI of {@code
 * -Dencke.gi.home}, served at {@code /gi} without copying it, in one Encke server and one headless
 * Chromium for a test class: a JUnit extension. Without GI the class fails when {@code CI=true}
 * and is skipped otherwise, as {@link SharedFolder} says. Pages open once GI has painted, since
 * the library {@code gi} holds their hello until then.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final GiBrowser gi = new GiBrowser();
 * }</pre>
 */
final class GiBrowser implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

  /** What GI needs: it builds methods from strings and paints inline event handlers. */
  static final String GI_POLICY = "script-src 'self' 'unsafe-eval' 'unsafe-inline'";
  /** The trading screen under GI's policy. */
  static final String TRADING = "/gi-trading.html";
  /**
   * The trading screen under GI's policy with Trusted Types enforced, so that every piece of code
   * made from a string passes gi-witness.js, which records who made it.
   */
  static final String WITNESS = "/gi-witness.html";
  static final String WITNESS_POLICY =
      GI_POLICY + "; require-trusted-types-for 'script'; trusted-types default";

  private final SharedFolder giHome = SharedFolder.giHome();
  private final WidgetBrowser browser = WidgetBrowser.serving(new ScriptSessionListener() {},
      builder -> builder.staticDirectory("/gi", giHome.path())
      .contentSecurityPolicy(TRADING, GI_POLICY)
      .contentSecurityPolicy(WITNESS, WITNESS_POLICY)
      .allowRawScript(true));

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return giHome.evaluateExecutionCondition(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    browser.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    browser.afterAll(context);
  }

  Encke encke() {
    return browser.encke();
  }

  WebDriver driver() {
    return browser.driver();
  }

  /**
   * Opens {@code page} in a fresh window and returns its session once it is connected, which is
   * once GI has painted the application.
   *
   * @throws AssertionError when the library gi failed: GI did not load or did not paint
   */
  ScriptSession open(String page) {
    browser.leaveAll();
    ScriptSession session = browser.open(page.substring(1));
    Object libraries = browser.script(
        "return document.documentElement.getAttribute('data-encke-libraries')");
    if (!"loaded".equals(libraries)) {
      throw new AssertionError("the library gi did not load on " + page + ": " + libraries);
    }
    return session;
  }

  /** Waits until {@code condition} gives a value that is neither null nor false. */
  <T> T await(Function<WebDriver, T> condition) {
    return browser.await(condition);
  }

  /**
   * Runs {@code script} in the page with {@code app}, the GI application, in scope: tests read
   * what GI itself says, never through Encke.
   */
  Object gi(String script, Object... args) {
    return browser.script("var app = jsx3.getApp('app');\n" + script, args);
  }

  /** The element GI painted for the object named {@code name}. */
  WebElement painted(String name) {
    return (WebElement) gi("return app.getJSXByName(arguments[0]).getRendered();", name);
  }

  /** The names of the inline event handler attributes of {@code element}. */
  @SuppressWarnings("unchecked")
  List<String> handlers(WebElement element) {
    return (List<String>) browser.script("return Array.prototype.filter.call("
        + "arguments[0].attributes, function (a) { return /^on/.test(a.name); })"
        + ".map(function (a) { return a.name; });", element);
  }
}
