package dev.encke.bindings.dwr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.bindings.WidgetBrowser;
import dev.encke.testing.DomTimeline;
import dev.encke.bindings.DomEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The DWR-style util binding on the real util.js in Chromium: each effect is read from the DOM the
 * script wrote, never through Encke.
 */
class UtilBrowserTest {

  @RegisterExtension
  static final WidgetBrowser browser = WidgetBrowser.serving();

  private ScriptSession page;

  @BeforeEach
  void openPage() {
    page = browser.open("dwr.html");
  }

  @AfterEach
  void leave() {
    browser.leaveAll();
  }

  private void push(Runnable calls) {
    browser.encke().withSession(page.id(), calls);
  }

  @Test
  void valuesAreWrittenAsTextNeverAsMarkup() {
    push(() -> {
      Util.setValue("price", 42);
      Util.setValues(Map.of("name", "Grace", "out", "<img id=injected src=x onerror=alert(1)>"));
    });

    browser.await(d -> browser.text("out").startsWith("<img"));
    assertThat(browser.text("price")).isEqualTo("42");
    assertThat(browser.element("name").getDomProperty("value")).isEqualTo("Grace");
    assertThat(browser.driver().findElements(By.id("injected"))).isEmpty();
  }

  @Test
  void valuesTheUserEnteredComeBackTyped() throws Exception {
    browser.element("name").clear();
    browser.element("name").sendKeys("Linus");
    browser.element("watch").click();
    AtomicReference<CompletableFuture<String>> name = new AtomicReference<>();
    AtomicReference<CompletableFuture<Map<String, String>>> both = new AtomicReference<>();

    push(() -> {
      name.set(Util.getValue("name"));
      both.set(Util.getValues(List.of("name", "watch")));
    });

    assertThat(name.get().get(10, TimeUnit.SECONDS)).isEqualTo("Linus");
    assertThat(both.get().get(10, TimeUnit.SECONDS))
        .containsEntry("name", "Linus")
        .containsEntry("watch", "true");
  }

  /** An option of the test's own type; util.js reads its fields by the names given. */
  record Quote(String symbol, String company, double price) {}

  @Test
  void optionsAndRowsAreAddedAndRemoved() {
    List<Quote> quotes = List.of(new Quote("IBM", "IBM Corp.", 120.5),
        new Quote("ACME", "Acme & Sons", 42));

    push(() -> {
      Util.addOptions("symbols", quotes, "symbol", "company");
      Util.addOptions("news", List.of("Markets open", "ACME up"));
      Util.addRows("quotes", quotes, List.of("symbol", "price"));
      Util.addRows("quotes", List.of(List.of("LOSS", -3)));
    });

    browser.await(d -> d.findElements(By.cssSelector("#quotes tr")).size() == 3);
    List<WebElement> options = browser.driver().findElements(By.cssSelector("#symbols option"));
    assertThat(options).extracting(o -> o.getDomProperty("value")).containsExactly("IBM", "ACME");
    assertThat(options).extracting(WebElement::getText).containsExactly("IBM Corp.", "Acme & Sons");
    assertThat(browser.driver().findElements(By.cssSelector("#news li")))
        .extracting(WebElement::getText).containsExactly("Markets open", "ACME up");
    assertThat(browser.driver().findElements(By.cssSelector("#quotes tr")))
        .extracting(WebElement::getText).containsExactly("IBM 120.5", "ACME 42", "LOSS -3");

    push(() -> {
      Util.removeOptions("symbols", List.of("IBM"));
      Util.removeOptions("news", List.of("Markets open", "not there"));
    });

    browser.await(d -> d.findElements(By.cssSelector("#news li")).size() == 1);
    assertThat(browser.driver().findElements(By.cssSelector("#news li")))
        .extracting(WebElement::getText).containsExactly("ACME up");
    assertThat(browser.driver().findElements(By.cssSelector("#symbols option")))
        .extracting(o -> o.getDomProperty("value")).containsExactly("ACME");

    push(() -> {
      Util.removeAllOptions("symbols");
      Util.removeAllRows("quotes");
    });

    browser.await(d -> d.findElements(By.cssSelector("#quotes tr")).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector("#symbols option"))).isEmpty();
  }

  @Test
  void stylesClassesAndVisibilityChange() {
    push(() -> {
      Util.setStyle("price", "color", "rgb(255, 0, 0)");
      Util.addClass("price", "up");
      Util.show("banner");
      Util.hide("buy");
    });

    browser.await(d -> browser.element("banner").isDisplayed());
    assertThat(browser.element("price").getCssValue("color")).isEqualTo("rgba(255, 0, 0, 1)");
    assertThat(browser.element("price").getDomAttribute("class")).isEqualTo("up");
    assertThat(browser.element("buy").isDisplayed()).isFalse();

    push(() -> {
      Util.removeClass("price", "up");
      Util.setStyle("price", "background", "url(javascript:alert(1))");
    });

    browser.await(d -> classOf("price").isEmpty());
    assertThat(browser.element("price").getDomAttribute("style")).doesNotContain("javascript");
  }

  @Test
  void aHighlightFlashesTheBackgroundAndAToastShowsTheMessage() {
    DomTimeline page = DomTimeline.record(browser.driver(), "body");

    push(() -> {
      Util.highlight("price", new HighlightOptions().withColor("rgb(0, 255, 0)")
          .withDurationMs(1500));
      Util.toast("ACME is up 5%", new ToastOptions().withKind(ToastKind.SUCCESS));
    });

    browser.await(d -> page.states().stream().anyMatch(state -> state.id().equals("price")
        && state.className().contains("dwr-highlight")
        && state.style("background-color").equals("rgb(0, 255, 0)")));
    DomTimeline.Node toast = browser.await(d -> page.changes().stream()
        .map(DomTimeline.Change::added)
        .filter(node -> node != null && node.className().contains("dwr-toast"))
        .findFirst().orElse(null));
    assertThat(toast.text()).isEqualTo("ACME is up 5%");
    assertThat(toast.className()).contains("dwr-toast-success");
    browser.await(d -> !classOf("price").contains("dwr-highlight")
        && browser.element("price").getCssValue("background-color").equals(TRANSPARENT));
  }

  private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

  private static String classOf(String id) {
    return String.valueOf(browser.element(id).getDomAttribute("class"));
  }

  @Test
  void aClickReachesTheServerListenerWhichAnswersThatPageOnly() {
    String clickingWindow = browser.driver().getWindowHandle();
    ScriptSession watching = browser.openInNewWindow("dwr.html");
    String watchingWindow = browser.driver().getWindowHandle();
    AtomicReference<DomEvent> clicked = new AtomicReference<>();
    browser.encke().page("/dwr.html").run(() -> Util.on("buy", "click", event -> {
      clicked.set(event);
      Util.setValue("out", "bought by " + event.targetId());
    }));

    WebDriver driver = browser.driver();
    driver.switchTo().window(clickingWindow);
    browser.element("buy").click();
    browser.await(d -> browser.text("out").equals("bought by buy"));
    browser.encke().withAllSessions(() -> Util.setValue("price", "marker"));

    assertThat(clicked.get().type()).isEqualTo("click");
    driver.switchTo().window(watchingWindow);
    browser.await(d -> browser.text("price").equals("marker"));
    assertThat(browser.text("out")).isEmpty();
    assertThat(watching.isEnded()).isFalse();
  }

  @Test
  void theDeclaredLibraryLoadedBeforeThePageConnected() {
    assertThat(browser.element("price").findElement(By.xpath("/html")).getDomAttribute(
        "data-encke-libraries")).isEqualTo("loaded");
    assertThat(browser.script("return document.querySelectorAll("
        + "'script[src$=\"/encke/dwr/util.js\"]').length")).isEqualTo(1L);
  }

  @Test
  void keysTypedInAFieldReachAnInputListener() {
    AtomicReference<String> typed = new AtomicReference<>();
    push(() -> Util.on("name", "input", event -> typed.set(event.value())));

    browser.element("name").sendKeys("!", Keys.END);

    browser.await(d -> "Ada!".equals(typed.get()));
  }
}
