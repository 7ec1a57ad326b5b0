package dev.encke.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.ScriptSession;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.DomTimeline;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The operations generated proxies stand on, applied by encke.js in a real page. */
class JsBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static final JsRef OUT = JsRef.global("document").call("getElementById", "out");

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.serving("web");

  @Test
  void aValueComesBackFromThePageAsTheTypeAskedFor() throws Exception {
    ScriptSession page = openProbe();
    AtomicReference<CompletableFuture<String>> text = new AtomicReference<>();

    pages.encke().withSession(page.id(), () -> {
      Js.call(PROBE, "setText", "out", "forty-two");
      text.set(Js.callForValue(String.class, PROBE, "text", "out"));
    });

    assertThat(text.get().get(10, TimeUnit.SECONDS)).isEqualTo("forty-two");
  }

  @Test
  void aBoundObjectIsReusedNotRecreated() throws Exception {
    ScriptSession page = openProbe();
    AtomicReference<CompletableFuture<Integer>> count = new AtomicReference<>();

    AtomicReference<JsRef> counter = new AtomicReference<>();

    pages.encke().withAllSessions(() -> {
      counter.set(Js.construct(PROBE.get("Counter"), 5));
      Js.call(counter.get(), "increment");
    });
    pages.encke().withSession(page.id(), () -> count.set(Js.callForValue(Integer.class, counter.get(),
        "increment")));

    assertThat(count.get().get(10, TimeUnit.SECONDS)).isEqualTo(7);
  }

  @Test
  void aReferenceAmongTheArgumentsArrivesAsTheObjectItNames() throws Exception {
    ScriptSession page = openProbe();
    AtomicReference<CompletableFuture<String>> id = new AtomicReference<>();

    pages.encke().withSession(page.id(), () -> id.set(Js.callForValue(String.class, PROBE, "idOf", OUT)));

    assertThat(id.get().get(10, TimeUnit.SECONDS)).isEqualTo("out");
  }

  @Test
  void anErrorInThePageFailsTheValueWithTheReason() {
    ScriptSession page = openProbe();
    AtomicReference<CompletableFuture<String>> value = new AtomicReference<>();

    pages.encke().withSession(page.id(), () -> value.set(Js.callForValue(String.class, PROBE, "missing")));

    assertThatThrownBy(() -> value.get().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("probe.missing(…) failed in the page: missing is not a function");
  }

  @Test
  void settingMarkupIsRefusedAndTheNextCommandStillRuns() {
    openProbe();
    DomTimeline out = DomTimeline.record(pages.driver(), "#out");

    pages.encke().withAllSessions(() -> {
      Js.set(OUT, "innerHTML", "<b id='bold'>markup</b>");
      Js.set(OUT, "textContent", "after");
    });

    pages.await().until(d -> d.findElement(By.id("out")).getText().equals("after"));
    assertThat(out.changes()).extracting(DomTimeline.Change::added).filteredOn(Objects::nonNull)
        .extracting(DomTimeline.Node::tag).containsOnly("#text");
  }

  @Test
  void aClickReachesTheServerListenerWhichAnswersThatPageOnly() {
    WebDriver driver = pages.driver();
    pages.open("probe.html");
    String clicking = driver.getWindowHandle();
    pages.openInNewWindow("probe.html");
    String watching = driver.getWindowHandle();

    pages.encke().withAllSessions(() -> Js.call(PROBE, "onClick", "button", Js.function(event ->
        Js.call(PROBE, "setText", "out", "clicked " + event.get(0, ClickEvent.class).type()))));
    driver.switchTo().window(clicking).findElement(By.id("button")).click();
    pages.await().until(d -> d.findElement(By.id("out")).getText().equals(
        "clicked click"));
    pages.encke().withAllSessions(() -> Js.call(PROBE, "append", "out", "|marker"));

    driver.switchTo().window(watching);
    pages.await().until(d -> d.findElement(By.id("out")).getText().equals("|marker"));
    driver.switchTo().window(clicking);
    pages.await().until(d -> d.findElement(By.id("out")).getText().equals(
        "clicked click|marker"));
  }

  @Test
  void aListenerAddedThenRemovedIsNoLongerCalled() {
    openProbe();
    JsRef button = JsRef.global("document").call("getElementById", "button");
    Runnable removed = () -> Js.call(PROBE, "append", "out", "|removed");
    Runnable kept = () -> Js.call(PROBE, "append", "out", "|kept");

    pages.encke().withAllSessions(() -> {
      Js.call(button, "addEventListener", "click", Js.function(removed, args -> removed.run()));
      Js.call(button, "addEventListener", "click", Js.function(kept, args -> kept.run()));
    });
    pages.encke().withAllSessions(() -> {
      Js.call(button, "removeEventListener", "click", Js.function(removed, args -> removed.run()));
      Js.call(PROBE, "setText", "out", "armed");
    });
    pages.await().until(d -> d.findElement(By.id("out")).getText().equals("armed"));
    pages.driver().findElement(By.id("button")).click();

    // Both would answer the one click in the order they were added: when "kept" shows,
    // "removed" would already have.
    pages.await().until(d -> d.findElement(By.id("out")).getText().contains("|kept"));
    assertThat(pages.driver().findElement(By.id("out")).getText()).isEqualTo("armed|kept");
  }

  private static ScriptSession openProbe() {
    return pages.open("probe.html");
  }

  /** The projection encke.js sends for a DOM event. */
  record ClickEvent(String type, String targetId) {}
}
