package dev.encke.bindings.dijit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.bindings.BrowserPages;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

  private static BrowserPages pages;
  private static ScriptSession page;

  @BeforeAll
  static void start() {
    pages = BrowserPages.start(new ScriptSessionListener() {
      @Override
      public void sessionCreated(ScriptSession session) {
        // Pushed before the page even connects: the library and the widgets must already exist.
        pages.encke().withSession(session.id(),
            () -> Dijit.byId("ready", ProgressBar.class).setValue(100));
      }
    });
    page = pages.open("dijit.html");
  }

  @AfterAll
  static void stop() {
    if (pages != null) {
      pages.close();
    }
  }

  private static void push(Runnable calls) {
    pages.encke().withSession(page.id(), calls);
  }

  private static <T> T valueOf(Supplier<CompletableFuture<T>> getter) throws Exception {
    AtomicReference<CompletableFuture<T>> value = new AtomicReference<>();
    push(() -> value.set(getter.get()));
    return value.get().get(10, TimeUnit.SECONDS);
  }

  @Test
  void aPushMadeAsThePageSaysHelloFindsTheWidgetsParsed() {
    pages.await(d -> "100".equals(pages.element("ready").getDomAttribute("aria-valuenow")));
  }

  @Test
  void aButtonsLabelAndStateChangeInItsDom() throws Exception {
    push(() -> {
      Button buy = Dijit.byId("buy", Button.class);
      buy.setLabel("Sell");
      buy.setDisabled(true);
    });

    pages.await(d -> pages.text("buy_label").equals("Sell"));
    assertThat(pages.driver().findElements(By.cssSelector(".dijitButtonDisabled #buy")))
        .hasSize(1);
    assertThat(pages.element("buy").getDomAttribute("aria-disabled")).isEqualTo("true");
    assertThat(valueOf(() -> Dijit.byId("buy", Button.class).getLabel())).isEqualTo("Sell");

    push(() -> Registry.byId("buy", Button.class).setDisabled(false));

    pages.await(d -> d.findElements(By.cssSelector(".dijitButtonDisabled #buy")).isEmpty());
  }

  @Test
  void aTextBoxShowsTheValueSetAndGivesBackWhatTheUserTyped() throws Exception {
    push(() -> Dijit.byId("symbol", TextBox.class).setValue("ACME"));

    pages.await(d -> "ACME".equals(pages.element("symbol").getDomProperty("value")));
    pages.element("symbol").sendKeys(" Corp");
    assertThat(valueOf(() -> Dijit.byId("symbol", TextBox.class).getValue()))
        .isEqualTo("ACME Corp");
  }

  @Test
  void aNumberTextBoxTakesAndGivesNumbers() throws Exception {
    push(() -> Dijit.byId("shares", NumberTextBox.class).setValue(42.5));

    pages.await(d -> "42.5".equals(pages.element("shares").getDomProperty("value")));
    assertThat(valueOf(() -> Dijit.byId("shares", NumberTextBox.class).getValue()))
        .isEqualTo(42.5);
  }

  @Test
  void aCheckBoxIsCheckedByTheServerAndReportsTheUsersClick() throws Exception {
    push(() -> Dijit.byId("watch", CheckBox.class).setChecked(true));

    pages.await(d -> !d.findElements(By.cssSelector(".dijitCheckBoxChecked #watch")).isEmpty());
    assertThat(pages.element("watch").getDomAttribute("aria-checked")).isEqualTo("true");

    // The input itself is transparent over the box Dijit draws; the user clicks the box.
    pages.element("watch").findElement(By.xpath("..")).click();

    pages.await(d -> d.findElements(By.cssSelector(".dijitCheckBoxChecked #watch")).isEmpty());
    assertThat(valueOf(() -> Dijit.byId("watch", CheckBox.class).isChecked())).isFalse();
  }

  @Test
  void aSelectGetsAnOptionAndShowsTheOnePicked() throws Exception {
    push(() -> {
      Select exchange = Dijit.byId("exchange", Select.class);
      exchange.addOption(new SelectOption("TSE", "Tokyo"));
      exchange.setValue("TSE");
    });

    pages.await(d -> d.findElement(By.cssSelector("#widget_exchange .dijitSelectLabel, "
        + "#exchange .dijitSelectLabel")).getText().equals("Tokyo"));
    List<SelectOption> options =
        valueOf(() -> Dijit.byId("exchange", Select.class).getOptions());
    assertThat(options).extracting(SelectOption::value).containsExactly("NYSE", "LSE", "TSE");
    assertThat(valueOf(() -> Dijit.byId("exchange", Select.class).getValue())).isEqualTo("TSE");
  }

  @Test
  void anEditorShowsTheHtmlSetAndGivesItBack() throws Exception {
    push(() -> Dijit.byId("editor", Editor.class).setValue("<p>Price: <b>42</b></p>"));

    pages.await(d -> "Price: 42".equals(pages.script(
        "var frame = document.querySelector('#editor iframe');"
            + "return frame && frame.contentDocument.body.textContent.trim();")));
    assertThat(pages.script("return document.querySelector('#editor iframe')"
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

    pages.await(d -> pages.element("dialog").isDisplayed());
    assertThat(pages.driver().findElement(By.cssSelector("#dialog .dijitDialogTitle")).getText())
        .isEqualTo("Order ACME");
    assertThat(valueOf(() -> Dijit.byId("dialog", Dialog.class).isOpen())).isTrue();

    push(() -> Dijit.byId("dialog", Dialog.class).hide());

    pages.await(d -> !pages.element("dialog").isDisplayed());
  }

  @Test
  void aProgressBarReportsTheValueInItsAriaAttributes() {
    push(() -> {
      ProgressBar progress = Dijit.byId("progress", ProgressBar.class);
      progress.setLabel("");
      progress.setValue(50);
    });

    pages.await(d -> "50".equals(pages.element("progress").getDomAttribute("aria-valuenow")));
    assertThat(pages.element("progress").getDomAttribute("aria-valuemax")).isEqualTo("200");
    pages.await(d -> pages.text("progress_label").equals("25%"));
  }

  @Test
  void aClickReachesTheServerListenerWhichAnswersThatPageOnly() {
    WebDriver driver = pages.driver();
    String clickingWindow = driver.getWindowHandle();
    pages.openInNewWindow("dijit.html");
    String watchingWindow = driver.getWindowHandle();
    AtomicReference<String> clicked = new AtomicReference<>();
    pages.encke().page("/dijit.html").run(() -> Dijit.byId("buy", Button.class).onClick(event -> {
      clicked.set(event.type());
      Util.setValue("out", "bought");
    }));

    driver.switchTo().window(clickingWindow);
    pages.element("buy").click();
    pages.await(d -> pages.text("out").equals("bought"));
    pages.encke().withAllSessions(() -> Util.setValue("marker", "after the click"));

    assertThat(clicked.get()).isEqualTo("click");
    driver.switchTo().window(watchingWindow);
    pages.await(d -> pages.text("marker").equals("after the click"));
    assertThat(pages.text("out")).isEmpty();
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

    pages.element("symbol").clear();
    pages.element("symbol").sendKeys("MSFT", Keys.TAB);

    pages.await(d -> pages.text("out").equals("now MSFT"));
    assertThat(changed.get()).isEqualTo("MSFT");
  }
}
