package dev.encke.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.Encke;
import dev.encke.testing.BrowserPages;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A JUnit 5 fixture that opens, before each test, a page loading one part of the client runtime
 * alone ({@code /channel.js}, say) and its harness ({@code pages/channel-harness.js}), which
 * drives the part and records what it does. The pages live beside the parts in the classpath
 * folder {@code dev/encke/client}, so that one real server serves both, under its {@code
 * script-src 'self'}; one headless Chromium per test class runs them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PartPage page = PartPage.of("channel");
 * }</pre>
 */
final class PartPage
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

  private final BrowserPages pages = BrowserPages.serving("dev/encke/client");
  private final String part;

  private PartPage(String part) {
    this.part = part;
  }

  /** A fixture for the part {@code <part>.js}, driven by {@code pages/<part>-harness.js}. */
  static PartPage of(String part) {
    return new PartPage(part);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    pages.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    pages.driver().get(pages.encke().uri().resolve("pages/part.html?part=" + part).toString());
    awaitTrue("return window.harnessReady === true");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    pages.afterEach(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    pages.afterAll(context);
  }

  /** The server the page came from. */
  Encke encke() {
    return pages.encke();
  }

  /** Runs {@code script} in the page, as a function body, and returns what it returns. */
  Object run(String script, Object... arguments) {
    return ((JavascriptExecutor) pages.driver()).executeScript(script, arguments);
  }

  /**
   * Runs {@code script}, which calls its last argument back with a result, and returns that result.
   */
  Object runAsync(String script, Object... arguments) {
    return ((JavascriptExecutor) pages.driver()).executeAsyncScript(script, arguments);
  }

  /** Runs {@code script}, which must return an array of JSON texts, and parses each. */
  List<JsonNode> jsonList(String script, Object... arguments) {
    List<?> texts = (List<?>) run(script, arguments);
    return texts.stream().map(text -> json((String) text)).collect(Collectors.toList());
  }

  /** Waits until {@code script} returns {@code true}, asking every few milliseconds. */
  void awaitTrue(String script, Object... arguments) {
    pages.await().pollingEvery(POLL_INTERVAL)
        .until(d -> Boolean.TRUE.equals(run(script, arguments)));
  }

  /** Each text parsed as JSON, to compare with what a page sent regardless of spacing. */
  static List<JsonNode> jsonLines(String... texts) {
    return List.of(texts).stream().map(PartPage::json).collect(Collectors.toList());
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }
}
