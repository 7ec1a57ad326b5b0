package dev.encke.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every change to an element and its subtree, recorded in the page as it happens by a {@code
 * MutationObserver} the test installs: attribute changes (inline style, class, aria values), nodes
 * added, text changed. Tests assert on this record instead of sampling the DOM, so an effect that
 * lasts half a second is seen even when the machine is busy, or the page ran it in a background
 * window while the test looked elsewhere.
 *
 * <p>The observer is installed through WebDriver, which the page's Content-Security-Policy does not
 * govern, and lives until the page unloads. Reading the record needs the driver on the window the
 * timeline was started in. Not thread-safe: one test thread drives one browser.
 */
public final class DomTimeline {

  private static final String INSTALL = """
      var root = document.querySelector(arguments[0]);
      if (!root) { throw new Error('no element matches ' + arguments[0]); }
      var timelines = window.enckeTimelines || (window.enckeTimelines = {});
      var changes = timelines[arguments[1]] = [];
      function node(n) {
        if (!n || n.nodeType !== 1) {
          return { tag: '#text', id: '', className: '', text: n ? n.textContent : '',
                   style: {}, attributes: {} };
        }
        var style = {}, attributes = {};
        for (var i = 0; i < n.style.length; i++) {
          style[n.style[i]] = n.style.getPropertyValue(n.style[i]);
        }
        for (var j = 0; j < n.attributes.length; j++) {
          attributes[n.attributes[j].name] = n.attributes[j].value;
        }
        return { tag: n.tagName.toLowerCase(), id: n.id, className: n.getAttribute('class') || '',
                 text: n.textContent, style: style, attributes: attributes };
      }
      function record(kind, target, added) {
        changes.push({ kind: kind, target: node(target), added: added ? node(added) : null });
      }
      new MutationObserver(function (mutations) {
        mutations.forEach(function (m) {
          if (m.type === 'childList') {
            if (m.addedNodes.length === 0) { record('removed', m.target, null); }
            m.addedNodes.forEach(function (n) { record('added', m.target, n); });
          } else if (m.type === 'attributes') {
            record('attribute ' + m.attributeName, m.target, null);
          } else {
            record('text', m.target.parentNode, null);
          }
        });
      }).observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
      record('start', root, null);
      """;

  private final WebDriver driver;
  private final String window;
  private final String key;

  private DomTimeline(WebDriver driver, String window, String key) {
    this.driver = driver;
    this.window = window;
    this.key = key;
  }

  /**
   * Starts recording the element {@code cssSelector} names in the driver's current window, and its
   * subtree; the first change recorded is its state now, of kind {@code start}.
   */
  public static DomTimeline record(WebDriver driver, String cssSelector) {
    Objects.requireNonNull(cssSelector, "cssSelector == null");
    ((JavascriptExecutor) driver).executeScript(INSTALL, cssSelector, cssSelector);
    return new DomTimeline(driver, driver.getWindowHandle(), cssSelector);
  }

  /** What was recorded so far, oldest first. */
  public List<Change> changes() {
    if (!window.equals(driver.getWindowHandle())) {
      throw new IllegalStateException("the timeline of " + key + " lives in window " + window
          + "; switch to it first, not " + driver.getWindowHandle());
    }
    Object recorded = ((JavascriptExecutor) driver).executeScript(
        "return (window.enckeTimelines || {})[arguments[0]] || null", key);
    if (recorded == null) {
      throw new IllegalStateException("the page that recorded " + key + " has gone");
    }
    List<Change> changes = new ArrayList<>();
    for (Object each : (List<?>) recorded) {
      changes.add(Change.of((Map<?, ?>) each));
    }
    return changes;
  }

  /** The state of every node a change touched, in the order the changes happened. */
  public List<Node> states() {
    List<Node> states = new ArrayList<>();
    for (Change change : changes()) {
      states.add(change.target());
      if (change.added() != null) {
        states.add(change.added());
      }
    }
    return states;
  }

  /**
   * One mutation: its kind ({@code start}, {@code added}, {@code removed}, {@code text} or {@code
   * attribute NAME}), the element it happened on as it was when the observer ran, and for {@code
   * added} the node added.
   */
  public record Change(String kind, Node target, Node added) {
    static Change of(Map<?, ?> raw) {
      Object added = raw.get("added");
      return new Change((String) raw.get("kind"), Node.of((Map<?, ?>) raw.get("target")),
          added == null ? null : Node.of((Map<?, ?>) added));
    }
  }

  /** A node as the observer saw it: its inline style properties and attributes by name. */
  public record Node(String tag, String id, String className, String text,
      Map<String, String> style, Map<String, String> attributes) {

    @SuppressWarnings("unchecked")
    static Node of(Map<?, ?> raw) {
      return new Node((String) raw.get("tag"), (String) raw.get("id"),
          (String) raw.get("className"), (String) raw.get("text"),
          Map.copyOf((Map<String, String>) raw.get("style")),
          Map.copyOf((Map<String, String>) raw.get("attributes")));
    }

    /** An inline style length such as {@code left: -12.5px} in pixels; 0 when not set in px. */
    public double pixels(String property) {
      String value = style.getOrDefault(property, "");
      return value.endsWith("px") ? Double.parseDouble(value.substring(0, value.length() - 2)) : 0;
    }

    /** An inline style property such as {@code opacity}; empty when not set. */
    public String style(String property) {
      return style.getOrDefault(property, "");
    }
  }
}
