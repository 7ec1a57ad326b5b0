package dev.encke.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.testing.BrowserPages;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A test page that loads one part of the client runtime alone, with a harness script that drives
 * it. The pages live beside the parts, in the classpath folder {@link #FOLDER}, so that the server
 * serves both; they run under the server's {@code script-src 'self'}.
 */
final class PartPage {

  /** The folder of the client's parts, and (in the test resources) of their test pages. */
  static final String FOLDER = "dev/encke/client";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BrowserPages pages;

  PartPage(BrowserPages pages) {
    this.pages = pages;
  }

  /** Opens {@code pages/<name>} and waits until its harness defined {@code window.<global>}. */
  void open(String name, String global) {
    pages.driver().get(pages.encke().uri().resolve("pages/" + name).toString());
    pages.await().until(d -> Boolean.TRUE.equals(run(
        "return typeof window[arguments[0]] !== 'undefined'", global)));
  }

  Object run(String script, Object... arguments) {
    return ((JavascriptExecutor) pages.driver()).executeScript(script, arguments);
  }

  /** Runs {@code script}, which must return a list of JSON texts, and parses each. */
  List<JsonNode> jsonList(String script, Object... arguments) {
    List<?> texts = (List<?>) run(script, arguments);
    return texts.stream().map(text -> json((String) text)).collect(Collectors.toList());
  }

  /** Waits until {@code script} returns {@code true}. */
  void awaitTrue(String script, Object... arguments) {
    pages.await().until(d -> Boolean.TRUE.equals(run(script, arguments)));
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  static List<JsonNode> jsonLines(String... texts) {
    return List.of(texts).stream().map(PartPage::json).collect(Collectors.toList());
  }
}
