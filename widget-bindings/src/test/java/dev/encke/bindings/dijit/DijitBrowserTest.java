package dev.encke.bindings.dijit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.bindings.WidgetBrowser;
import dev.encke.bindings.dijit.form.Button;
import dev.encke.bindings.dijit.form.CheckBox;
import dev.encke.bindings.dijit.form.NumberTextBox;
import dev.encke.bindings.dijit.form.Select;
import dev.encke.bindings.dijit.form.SelectOption;
import dev.encke.bindings.dijit.form.TextBox;
import dev.encke.bindings.dwr.Util;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The Dijit binding on the real Dojo and Dijit 1.17.3 in Chromium, under {@code script-src
 * 'self'}: every effect is read from the widget's own DOM (its label node, classes, ARIA
 * attributes, the editor's iframe), never through Encke. The page, declaring widgets in markup, is
 * opened once; each test drives its own widget.
 */
class DijitBrowserTest {

  @RegisterExtension
  static final WidgetBrowser browser = WidgetBrowser.serving(new ScriptSessionListener() {
    @Override
    public void sessionCreated(ScriptSession session) {
      // Pushed before the page even connects: the library and the widgets must already exist.
      DijitBrowserTest.browser.encke().withSession(session.id(),
          () -> Dijit.byId("ready", ProgressBar.class).setValue(100));
    }
  });

  private static ScriptSession page;

  @BeforeAll
  static void openPage() {
    page = browser.open("dijit.html");
  }

  private static void push(Runnable calls) {
    browser.encke().withSession(page.id(), calls);
  }

  private static <T> T valueOf(Supplier<CompletableFuture<T>> getter) throws Exception {
    AtomicReference<CompletableFuture<T>> value = new AtomicReference<>();
    push(() -> value.set(getter.get()));
    return value.get().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aPushMadeAsThePageSaysHelloFindsTheWidgetsParsed() {
    browser.await(d -> "100".equals(browser.element("ready").getDomAttribute("aria-valuenow")));
  }

  @Test
  void aButtonsLabelAndStateChangeInItsDom() throws Exception {
    push(() -> {
      Button buy = Dijit.byId("buy", Button.class);
      buy.setLabel("Sell");
      buy.setDisabled(true);
    });

    browser.await(d -> browser.text("buy_label").equals("Sell"));
    assertThat(browser.driver().findElements(By.cssSelector(".dijitButtonDisabled #buy")))
        .hasSize(1);
    assertThat(browser.element("buy").getDomAttribute("aria-disabled")).isEqualTo("true");
    assertThat(valueOf(() -> Dijit.byId("buy", Button.class).getLabel())).isEqualTo("Sell");

    push(() -> Registry.byId("buy", Button.class).setDisabled(false));

    browser.await(d -> d.findElements(By.cssSelector(".dijitButtonDisabled #buy")).isEmpty());
  }

  @Test
  void aTextBoxShowsTheValueSetAndGivesBackWhatTheUserTyped() throws Exception {
    push(() -> Dijit.byId("symbol", TextBox.class).setValue("ACME"));

    browser.await(d -> "ACME".equals(browser.element("symbol").getDomProperty("value")));
    browser.element("symbol").sendKeys(" Corp");
    assertThat(valueOf(() -> Dijit.byId("symbol", TextBox.class).getValue()))
        .isEqualTo("ACME Corp");
  }

  @Test
  void aNumberTextBoxTakesAndGivesNumbers() throws Exception {
    push(() -> Dijit.byId("shares", NumberTextBox.class).setValue(42.5));

    browser.await(d -> "42.5".equals(browser.element("shares").getDomProperty("value")));
    assertThat(valueOf(() -> Dijit.byId("shares", NumberTextBox.class).getValue()))
        .isEqualTo(42.5);
  }

  @Test
  void aCheckBoxIsCheckedByTheServerAndReportsTheUsersClick() throws Exception {
    push(() -> Dijit.byId("watch", CheckBox.class).setChecked(true));

    browser.await(d -> !d.findElements(By.cssSelector(".dijitCheckBoxChecked #watch")).isEmpty());
    assertThat(browser.element("watch").getDomAttribute("aria-checked")).isEqualTo("true");

    // The input itself is transparent over the box Dijit draws; the user clicks the box.
    browser.element("watch").findElement(By.xpath("..")).click();

    browser.await(d -> d.findElements(By.cssSelector(".dijitCheckBoxChecked #watch")).isEmpty());
    assertThat(valueOf(() -> Dijit.byId("watch", CheckBox.class).isChecked())).isFalse();
  }

  @Test
  void aSelectGetsAnOptionAndShowsTheOnePicked() throws Exception {
    push(() -> {
      Select exchange = Dijit.byId("exchange", Select.class);
      exchange.addOption(new SelectOption("TSE", "Tokyo"));
      exchange.setValue("TSE");
    });

    browser.await(d -> d.findElement(By.cssSelector("#widget_exchange .dijitSelectLabel, "
        + "#exchange .dijitSelectLabel")).getText().equals("Tokyo"));
    List<SelectOption> options =
        valueOf(() -> Dijit.byId("exchange", Select.class).getOptions());
    assertThat(options).extracting(SelectOption::value).containsExactly("NYSE", "LSE", "TSE");
    assertThat(valueOf(() -> Dijit.byId("exchange", Select.class).getValue())).isEqualTo("TSE");
  }

  @Test
  void anEditorShowsTheHtmlSetAndGivesItBack() throws Exception {
    push(() -> Dijit.byId("editor", Editor.class).setValue("<p>Price: <b>42</b></p>"));

    browser.await(d -> "Price: 42".equals(browser.script(
        "var frame = document.querySelector('#editor iframe');"
            + "return frame && frame.contentDocument.body.textContent.trim();")));
    assertThat(browser.script("return document.querySelector('#editor iframe')"
        + ".contentDocument.querySelector('b').textContent")).isEqualTo("42");
    assertThat(valueOf(() -> Dijit.byId("editor", Editor.class).getValue()))
        .contains("<b>42</b>");
  }

  @Test
  void aDialogShowsAndHides() throws Exception {
    push(() -> {
      Dialog dialog = Dijit.byId("dialog", Dialog.class);
      dialog.setTitle("Order ACME");
      dialog.show();
    });

    browser.await(d -> browser.element("dialog").isDisplayed());
    assertThat(browser.driver().findElement(By.cssSelector("#dialog .dijitDialogTitle")).getText())
        .isEqualTo("Order ACME");
    assertThat(valueOf(() -> Dijit.byId("dialog", Dialog.class).isOpen())).isTrue();

    push(() -> Dijit.byId("dialog", Dialog.class).hide());

    browser.await(d -> !browser.element("dialog").isDisplayed());
  }

  @Test
  void aProgressBarReportsTheValueInItsAriaAttributes() {
    push(() -> {
      ProgressBar progress = Dijit.byId("progress", ProgressBar.class);
      progress.setLabel("");
      progress.setValue(50);
    });

    browser.await(d -> "50".equals(browser.element("progress").getDomAttribute("aria-valuenow")));
    assertThat(browser.element("progress").getDomAttribute("aria-valuemax")).isEqualTo("200");
    browser.await(d -> browser.text("progress_label").equals("25%"));
  }

  @Test
  void aClickReachesTheServerListenerWhichAnswersThatPageOnly() {
    WebDriver driver = browser.driver();
    String clickingWindow = driver.getWindowHandle();
    browser.openInNewWindow("dijit.html");
    String watchingWindow = driver.getWindowHandle();
    AtomicReference<String> clicked = new AtomicReference<>();
    browser.encke().page("/dijit.html").run(() -> Dijit.byId("buy", Button.class).onClick(event -> {
      clicked.set(event.type());
      Util.setValue("out", "bought");
    }));

    driver.switchTo().window(clickingWindow);
    browser.element("buy").click();
    browser.await(d -> browser.text("out").equals("bought"));
    browser.encke().withAllSessions(() -> Util.setValue("marker", "after the click"));

    assertThat(clicked.get()).isEqualTo("click");
    driver.switchTo().window(watchingWindow);
    browser.await(d -> browser.text("marker").equals("after the click"));
    assertThat(browser.text("out")).isEmpty();
    driver.close();
    driver.switchTo().window(clickingWindow);
  }

  @Test
  void aChangeTheUserMakesReachesATypedListener() {
    AtomicReference<String> changed = new AtomicReference<>();
    push(() -> Dijit.byId("symbol", TextBox.class).onChange(text -> {
      changed.set(text);
      Util.setValue("out", "now " + text);
    }));

    browser.element("symbol").clear();
    browser.element("symbol").sendKeys("MSFT", Keys.TAB);

    browser.await(d -> browser.text("out").equals("now MSFT"));
    assertThat(changed.get()).isEqualTo("MSFT");
  }
}
