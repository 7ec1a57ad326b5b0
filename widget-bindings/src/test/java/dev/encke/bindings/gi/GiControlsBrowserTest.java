package dev.encke.bindings.gi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.bindings.gi.app.Server;
import dev.encke.bindings.gi.gui.Block;
import dev.encke.bindings.gi.gui.Button;
import dev.encke.bindings.gi.gui.CheckBox;
import dev.encke.bindings.gi.gui.DatePicker;
import dev.encke.bindings.gi.gui.Dialog;
import dev.encke.bindings.gi.gui.Interactive;
import dev.encke.bindings.gi.gui.Matrix;
import dev.encke.bindings.gi.gui.Menu;
import dev.encke.bindings.gi.gui.RadioButton;
import dev.encke.bindings.gi.gui.Select;
import dev.encke.bindings.gi.gui.Slider;
import dev.encke.bindings.gi.gui.Tab;
import dev.encke.bindings.gi.gui.TabbedPane;
import dev.encke.bindings.gi.gui.TextBox;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each control of the binding on the real GI in Chromium, all on one page of the tests' trading
 * screen: every test drives controls of its own. Effects are read from what GI painted or from GI
 * itself, never through Encke.
 */
class GiControlsBrowserTest {

  @RegisterExtension
  static final GiBrowser gi = new GiBrowser();

  private static ScriptSession page;

  @BeforeAll
  static void openTheTradingScreen() {
    page = gi.open(GiBrowser.TRADING);
  }

  @Test
  void matrixRowsAddedAndUpdatedFromJavaShowInTheGrid() throws Exception {
    push(app -> {
      Matrix trades = app.getJSXByName("trades", Matrix.class);
      trades.insertRecord(Map.of("jsxid", "t2", "symbol", "GLOBEX", "price", "118.50"), null,
          true);
      trades.insertRecordProperty("t1", "price", "43.00", true);
      trades.insertRecord(Map.of("jsxid", "t3", "symbol", "INITECH", "price", "7.25"), null,
          true);
      trades.deleteRecord("t3", true);
      trades.selectRecord("t2");
    });

    gi.await(d -> {
      String grid = gi.painted("trades").getText();
      return grid.contains("GLOBEX") && grid.contains("118.50") && grid.contains("43.00")
          && !grid.contains("INITECH");
    });
    assertThat(answer(app -> app.getJSXByName("trades", Matrix.class).getRecordIds()).get(30, TimeUnit.SECONDS))
        .containsExactly("t1", "t2");
    assertThat(answer(app -> app.getJSXByName("trades", Matrix.class).getRecord("t2")).get(30, TimeUnit.SECONDS))
        .containsEntry("symbol", "GLOBEX").containsEntry("price", "118.50");
    assertThat(answer(app -> app.getJSXByName("trades", Matrix.class).getSelectedIds()).get(30, TimeUnit.SECONDS))
        .containsExactly("t2");
  }

  @Test
  void aSelectPicksARecordAndTellsItsText() throws Exception {
    push(app -> app.getJSXByName("exchange", Select.class)
        .insertRecord(Map.of("jsxid", "lse", "jsxtext", "London"), null, true));
    push(app -> app.getJSXByName("exchange", Select.class).setValue("lse"));

    gi.await(d -> gi.painted("exchange").getText().contains("London"));
    assertThat(answer(app -> app.getJSXByName("exchange", Select.class).getValue()).get(30, TimeUnit.SECONDS))
        .isEqualTo("lse");
    assertThat(answer(app -> app.getJSXByName("exchange", Select.class).getText()).get(30, TimeUnit.SECONDS))
        .isEqualTo("London");
    assertThat(answer(app -> app.getJSXByName("exchange", Select.class).getType()).get(30, TimeUnit.SECONDS))
        .isEqualTo(Select.TYPESELECT);
  }

  @Test
  void aCheckBoxAndRadioButtonsChangeAsGiShowsThem() throws Exception {
    push(app -> {
      app.getJSXByName("confirm", CheckBox.class).setChecked(CheckBox.CHECKED);
      app.getJSXByName("market", RadioButton.class).setSelected(RadioButton.SELECTED);
    });

    gi.await(d -> Boolean.TRUE.equals(gi.gi(
        "return app.getJSXByName('confirm').getRendered().querySelector('input').checked;")));
    assertThat(answer(app -> app.getJSXByName("confirm", CheckBox.class).getChecked()).get(30, TimeUnit.SECONDS))
        .isEqualTo(CheckBox.CHECKED);
    assertThat(answer(app -> app.getJSXByName("limit", RadioButton.class).getSelected()).get(30, TimeUnit.SECONDS))
        .isEqualTo(RadioButton.UNSELECTED);
    assertThat(answer(app -> app.getJSXByName("limit", RadioButton.class).getGroupValue()).get(30, TimeUnit.SECONDS))
        .isEqualTo("market");
  }

  @Test
  void aDatePickerTakesMillisecondsAndGivesItsTextAndDate() throws Exception {
    long noon = Instant.parse("2026-01-02T12:00:00Z").toEpochMilli();
    push(app -> app.getJSXByName("settlement", DatePicker.class).setValue(noon));

    gi.await(d -> "2026-01-02".equals(gi.gi(
        "return app.getJSXByName('settlement').getRendered().querySelector('input').value;")));
    assertThat(answer(app -> app.getJSXByName("settlement", DatePicker.class).getValue()).get(30, TimeUnit.SECONDS))
        .isEqualTo("2026-01-02");
    assertThat(answer(app -> app.getJSXByName("settlement", DatePicker.class).getDate()).get(30, TimeUnit.SECONDS))
        .startsWith("2026-01-02T");
  }

  @Test
  void aSliderMovesItsHandle() throws Exception {
    String before = handleLeft();

    push(app -> app.getJSXByName("risk", Slider.class).setValue(75));

    gi.await(d -> !handleLeft().equals(before));
    assertThat(answer(app -> app.getJSXByName("risk", Slider.class).getValue()).get(30, TimeUnit.SECONDS)).isEqualTo(75.0);
    assertThat(answer(app -> app.getJSXByName("risk", Slider.class).getOrientation()).get(30, TimeUnit.SECONDS))
        .isEqualTo(Slider.HORIZONTAL);
  }

  @Test
  void aTabComesToTheFrontAndATabCanBeDisabled() throws Exception {
    push(app -> {
      app.getJSXByName("views", TabbedPane.class).setSelectedIndex(1, true);
      app.getJSXByName("ordersTab", Tab.class).setEnabled(Tab.STATEDISABLED).repaint();
    });

    gi.await(d -> gi.painted("newsPane").isDisplayed() && !gi.painted("ordersPane").isDisplayed());
    assertThat(answer(app -> app.getJSXByName("views", TabbedPane.class).getSelectedIndex()).get(30, TimeUnit.SECONDS))
        .isEqualTo(1);
    assertThat(answer(app -> app.getJSXByName("newsTab", Tab.class).isFront()).get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(answer(app -> app.getJSXByName("ordersTab", Tab.class).getEnabled()).get(30, TimeUnit.SECONDS))
        .isEqualTo(Tab.STATEDISABLED);
  }

  @Test
  void aMenuItemIsDisabledAndAnotherExecutedReachesAJavaListener() throws Exception {
    BlockingQueue<ModelEvent> events = new LinkedBlockingQueue<>();
    push(app -> {
      Menu actions = app.getJSXByName("actions", Menu.class);
      actions.disableItem("cancel");
      actions.subscribe(Interactive.EXECUTE, events::add);
      actions.executeRecord("export");
    });

    ModelEvent executed = events.poll(30, TimeUnit.SECONDS);
    assertThat(executed).isNotNull();
    assertThat(executed.target().name()).isEqualTo("actions");
    assertThat(executed.context()).containsEntry("strRECORDID", "export");
    assertThat(answer(app -> app.getJSXByName("actions", Menu.class).isItemEnabled("cancel")).get(30, TimeUnit.SECONDS))
        .isFalse();
    assertThat(answer(app -> app.getJSXByName("actions", Menu.class).isItemEnabled("export")).get(30, TimeUnit.SECONDS))
        .isTrue();
  }

  @Test
  void aDialogIsMinimizedThenClosed() throws Exception {
    push(app -> app.getJSXByName("orderDialog", Dialog.class)
        .setWindowState(Dialog.MINIMIZED).repaint());
    assertThat(answer(app -> app.getJSXByName("orderDialog", Dialog.class).getWindowState()).get(30, TimeUnit.SECONDS))
        .isEqualTo(Dialog.MINIMIZED);

    push(app -> app.getJSXByName("orderDialog", Dialog.class).doClose());

    gi.await(d -> Boolean.TRUE.equals(gi.gi(
        "return app.getJSXByName('orderDialog') == null && document.body.innerText"
            + ".indexOf('Last order') < 0;")));
  }

  @Test
  void aBlockTakesTextColourAndWeightAndATextBoxItsLimit() throws Exception {
    push(app -> {
      app.getJSXByName("status", Block.class).setText("Open").setColor("#00aa00", true)
          .setFontWeight(Block.FONTBOLD).repaint();
      app.getJSXByName("quantity", TextBox.class).setMaxLength(5).setValue("12345").repaint();
    });

    gi.await(d -> "Open".equals(gi.painted("status").getText())
        && "rgba(0, 170, 0, 1)".equals(gi.painted("status").getCssValue("color")));
    assertThat(gi.painted("status").getCssValue("font-weight")).isEqualTo("700");
    gi.await(d -> "5".equals(gi.painted("quantity").getAttribute("maxlength")));
    assertThat(gi.painted("quantity").getAttribute("value")).isEqualTo("12345");
    assertThat(answer(app -> app.getJSXByName("quantity", TextBox.class).getMaxLength()).get(30, TimeUnit.SECONDS))
        .isEqualTo(5);
    assertThat(answer(app -> app.getJSXByName("status", Block.class).getFontWeight()).get(30, TimeUnit.SECONDS))
        .isEqualTo(Block.FONTBOLD);
  }

  @Test
  void aButtonCreatedFromJavaIsPaintedIntoTheScreen() throws Exception {
    push(app -> {
      Block screen = app.getJSXByName("screen", Block.class);
      Button added = Button.create("added");
      screen.setChild(added);
      added.setText("Added");
      screen.paintChild(added);
    });

    gi.await(d -> Boolean.TRUE.equals(gi.gi("var b = app.getJSXByName('added');"
        + " return b !== null && b.getRendered() !== null"
        + " && b.getRendered().textContent === 'Added';")));
    assertThat(answer(app -> app.getJSXByName("added", Button.class).getParent().getName()).get(30, TimeUnit.SECONDS))
        .isEqualTo("screen");
  }

  private static String handleLeft() {
    return (String) gi.gi("return app.getJSXByName('risk').getRendered()"
        + ".querySelector('.handle').style.left;");
  }

  private static void push(Consumer<Server> calls) {
    gi.encke().withSession(page.id(), () -> calls.accept(GI.getServer("app")));
  }

  /** Asks the page a value; the answer comes back from GI. */
  private static <T> CompletableFuture<T> answer(Function<Server, CompletableFuture<T>> ask) {
    AtomicReference<CompletableFuture<T>> future = new AtomicReference<>();
    gi.encke().withSession(page.id(), () -> future.set(ask.apply(GI.getServer("app"))));
    return future.get();
  }
}
