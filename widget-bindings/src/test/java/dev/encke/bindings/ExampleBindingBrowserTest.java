package dev.encke.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.quotes.Quotes;
import com.example.quotes.Ticker;
import dev.encke.ScriptSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example of README's "Write a binding for your own widget library": the quotes binding,
 * generated from src/test/widgets and src/test/bindings by the plugin's generate-test goal, drives
 * the example library in Chromium as the README says it will.
 */
class ExampleBindingBrowserTest {

  @RegisterExtension
  static final WidgetBrowser browser = WidgetBrowser.serving();

  private static ScriptSession page;

  @BeforeAll
  static void openPage() {
    page = browser.open("quotes.html");
  }

  private static void push(Runnable calls) {
    browser.encke().withSession(page.id(), calls);
  }

  @Test
  void aFluentCallChainShowsThePriceInTheLibrarysElement() throws Exception {
    AtomicReference<CompletableFuture<Double>> price = new AtomicReference<>();
    push(() -> {
      Ticker ibm = Quotes.byId("ibm", Ticker.class);
      ibm.setPrice(120.5).setPrice(121);
      price.set(ibm.getPrice());
    });

    browser.await(d -> browser.text("ibm").equals("121.00"));
    assertThat(browser.element("ibm").getDomAttribute("class")).isEqualTo("up");
    assertThat(price.get().get(10, TimeUnit.SECONDS)).isEqualTo(121.0);
  }

  @Test
  void theDescriptorMakesDecimalsAnInt() throws Exception {
    AtomicReference<CompletableFuture<Integer>> decimals = new AtomicReference<>();
    push(() -> {
      Ticker acme = Ticker.create("acme");
      acme.setDecimals(3);
      acme.setPrice(42);
      decimals.set(Quotes.byId("acme", Ticker.class).getDecimals());
    });

    browser.await(d -> browser.text("acme").equals("42.000"));
    assertThat(decimals.get().get(10, TimeUnit.SECONDS)).isEqualTo(3);
  }

  @Test
  void aClickReachesTheTypedListenerWhichAnswersThePage() {
    push(() -> Quotes.byId("ibm", Ticker.class).setPrice(100).onSelect((id, price) ->
        Quotes.byId(id, Ticker.class).setPrice(price - 1)));

    browser.await(d -> browser.text("ibm").equals("100.00"));
    browser.element("ibm").click();

    browser.await(d -> browser.text("ibm").equals("99.00"));
    assertThat(browser.element("ibm").getDomAttribute("class")).isEqualTo("down");
  }
}
