package dev.encke.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/** The operations generated proxies stand on, applied by encke.js in a real page. */
class JsBrowserTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static final JsRef OUT = JsRef.global("document").call("getElementById", "out");
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static Encke encke;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).staticResources("web").start();
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (encke != null) {
      encke.close();
    }
  }

  @AfterEach
  void leavePages() {
    WebDriver driver = chromium.driver();
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    for (String handle : handles.subList(1, handles.size())) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(handles.get(0)).get("about:blank");
    chromium.await(TIMEOUT).until(d -> encke.sessions().isEmpty());
  }

  @Test
  void aValueComesBackFromThePageAsTheTypeAskedFor() throws Exception {
    ScriptSession page = openProbe();
    AtomicReference<CompletableFuture<String>> text = new AtomicReference<>();

    encke.withSession(page.id(), () -> {
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

    encke.withAllSessions(() -> {
      counter.set(Js.construct(PROBE.get("Counter"), 5));
      Js.call(counter.get(), "increment");
    });
    encke.withSession(page.id(), () -> count.set(Js.callForValue(Integer.class, counter.get(),
        "increment")));

    assertThat(count.get().get(10, TimeUnit.SECONDS)).isEqualTo(7);
  }

  @Test
  void aReferenceAmongTheArgumentsArrivesAsTheObjectItNames() throws Exception {
    ScriptSession page = openProbe();
    AtomicReference<CompletableFuture<String>> id = new AtomicReference<>();

    encke.withSession(page.id(), () -> id.set(Js.callForValue(String.class, PROBE, "idOf", OUT)));

    assertThat(id.get().get(10, TimeUnit.SECONDS)).isEqualTo("out");
  }

  @Test
  void anErrorInThePageFailsTheValueWithTheReason() {
    ScriptSession page = openProbe();
    AtomicReference<CompletableFuture<String>> value = new AtomicReference<>();

    encke.withSession(page.id(), () -> value.set(Js.callForValue(String.class, PROBE, "missing")));

    assertThatThrownBy(() -> value.get().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("probe.missing(…) failed in the page: missing is not a function");
  }

  @Test
  void settingMarkupIsRefusedAndTheNextCommandStillRuns() {
    openProbe();

    encke.withAllSessions(() -> {
      Js.set(OUT, "innerHTML", "<b id='bold'>markup</b>");
      Js.set(OUT, "textContent", "after");
    });

    chromium.await(TIMEOUT).until(d -> d.findElement(By.id("out")).getText().equals("after"));
    assertThat(chromium.driver().findElements(By.id("bold"))).isEmpty();
  }

  @Test
  void aClickReachesTheServerListenerWhichAnswersThatPageOnly() {
    WebDriver driver = chromium.driver();
    String url = encke.uri().resolve("probe.html").toString();
    chromium.openConnected(url, TIMEOUT);
    String clicking = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.WINDOW);
    chromium.openConnected(url, TIMEOUT);
    String watching = driver.getWindowHandle();
    chromium.await(TIMEOUT).until(d -> encke.sessions().size() == 2);

    encke.withAllSessions(() -> Js.call(PROBE, "onClick", "button", Js.function(event ->
        Js.call(PROBE, "setText", "out", "clicked " + event.get(0, ClickEvent.class).type()))));
    driver.switchTo().window(clicking).findElement(By.id("button")).click();
    chromium.await(TIMEOUT).until(d -> d.findElement(By.id("out")).getText().equals(
        "clicked click"));
    encke.withAllSessions(() -> Js.call(PROBE, "append", "out", "|marker"));

    driver.switchTo().window(watching);
    chromium.await(TIMEOUT).until(d -> d.findElement(By.id("out")).getText().equals("|marker"));
    driver.switchTo().window(clicking);
    chromium.await(TIMEOUT).until(d -> d.findElement(By.id("out")).getText().equals(
        "clicked click|marker"));
  }

  private static ScriptSession openProbe() {
    chromium.openConnected(encke.uri().resolve("probe.html").toString(), TIMEOUT);
    chromium.await(TIMEOUT).until(d -> encke.sessions().size() == 1);
    return encke.sessions().iterator().next();
  }

  /** The projection encke.js sends for a DOM event. */
  record ClickEvent(String type, String targetId) {}
}
