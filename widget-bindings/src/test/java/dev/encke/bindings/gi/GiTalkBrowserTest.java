package dev.encke.bindings.gi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.ScriptSession;
import dev.encke.bindings.gi.app.Server;
import dev.encke.bindings.gi.gui.Block;
import dev.encke.bindings.gi.gui.Button;
import dev.encke.bindings.gi.gui.Form;
import dev.encke.bindings.gi.gui.Interactive;
import dev.encke.bindings.gi.gui.Matrix;
import dev.encke.bindings.gi.gui.TextBox;
import dev.encke.js.Js;
import dev.encke.js.ScriptBuffer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The talk's GI call and what it stands on, on the real GI in Chromium: lookups by the id GI gave
 * and by name, the button greyed and deaf, values read back, and GI's model events reaching Java.
 */
class GiTalkBrowserTest {

  @RegisterExtension
  static final GiBrowser gi = new GiBrowser();

  @Test
  void theTalksCallWithTheIdGiGaveGreysTheRealButtonAndItsClicksStopReachingGi() throws Exception {
    ScriptSession page = gi.open(GiBrowser.TRADING);
    gi.gi("window.executed = 0; app.getJSXByName('buy').subscribe('jsxexecute',"
        + " function () { window.executed++; });");
    String id = value(page, () -> GI.getServer("app").getJSXByName("buy", Button.class).getId());
    assertThat(id).isEqualTo(gi.gi("return app.getJSXByName('buy').getId();")).startsWith("_jsx_");

    gi.encke().withSession(page.id(), () -> GI.getServer("app").getJSXById(id, Button.class)
        .setEnabled(Form.STATEDISABLED, true));

    WebElement buy = gi.await(d -> gi.handlers(gi.painted("buy")).isEmpty() ? gi.painted("buy")
        : null);
    assertThat(buy.getCssValue("color")).isEqualTo("rgba(168, 168, 181, 1)");
    assertThat(gi.gi("return app.getJSXByName('buy').getEnabled();")).isEqualTo(0L);
    buy.click();
    gi.encke().withSession(page.id(), () -> GI.getServer("app").getJSXById(id, Button.class)
        .setEnabled(Form.STATEENABLED, true));
    gi.await(d -> gi.handlers(gi.painted("buy")).contains("onclick"));
    gi.painted("buy").click();
    gi.await(d -> Long.valueOf(1).equals(gi.gi("return window.executed;")));
    assertThat(gi.painted("buy").getCssValue("color")).isNotEqualTo("rgba(168, 168, 181, 1)");
    assertThat(gi.gi("return window.executed;")).isEqualTo(1L);
  }

  @Test
  void aNameIsNoIdButNamesAndIdsFindTheirObjects() throws Exception {
    ScriptSession page = gi.open(GiBrowser.TRADING);
    AtomicReference<CompletableFuture<Integer>> byIdWithAName = new AtomicReference<>();

    gi.encke().withSession(page.id(), () -> {
      Server app = GI.getServer("app");
      byIdWithAName.set(app.getJSXById("buy", Button.class).getEnabled());
      app.getJSXByName("sell", Button.class).setEnabled(Form.STATEDISABLED, true);
      app.getJSX("quantity", TextBox.class).setValue("25");
    });

    assertThatThrownBy(() -> byIdWithAName.get().get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasMessageContaining("getEnabled");
    gi.await(d -> gi.handlers(gi.painted("sell")).isEmpty());
    gi.await(d -> "25".equals(gi.gi("return app.getJSXByName('quantity').getValue();")));
    String quantityId = (String) gi.gi("return app.getJSXByName('quantity').getId();");
    assertThat(value(page, () -> GI.getServer("app").getJSX(quantityId, TextBox.class)
        .getValue())).isEqualTo("25");
  }

  @Test
  void valuesComeBackFromGi() throws Exception {
    ScriptSession page = gi.open(GiBrowser.TRADING);
    WebElement input = gi.painted("quantity");
    input.clear();
    input.sendKeys("250");

    assertThat(value(page, () -> GI.getServer("app").getJSXByName("quantity", TextBox.class)
        .getValue())).isEqualTo("250");
    assertThat(value(page, () -> GI.getServer("app").getJSXByName("buy", Button.class)
        .getEnabled())).isEqualTo(Form.STATEENABLED);
    assertThat(value(page, () -> GI.getServer("app").getJSXByName("buy", Button.class)
        .getText())).isEqualTo("Buy");
    assertThat(value(page, () -> GI.getServer("app").getEnv("namespace"))).isEqualTo("app");
    assertThat(value(page, () -> GI.getServer("app").getJSXByName("quantity", TextBox.class)
        .getParent().getName())).isEqualTo("screen");
  }

  @Test
  void executeAndChangeReachJavaListenersWhichAnswerTheirPage() throws Exception {
    ScriptSession page = gi.open(GiBrowser.TRADING);
    BlockingQueue<ModelEvent> events = new LinkedBlockingQueue<>();
    gi.encke().withSession(page.id(), () -> {
      Server app = GI.getServer("app");
      app.getJSXByName("buy", Button.class).subscribe(Interactive.EXECUTE, event -> {
        events.add(event);
        GI.getServer("app").getJSXByName("status", Block.class).setText("Bought").repaint();
      });
      app.getJSXByName("quantity", TextBox.class).subscribe(Interactive.CHANGE, events::add);
    });
    String buyId = (String) gi.gi("return app.getJSXByName('buy').getId();");

    gi.painted("buy").click();

    ModelEvent executed = events.poll(30, TimeUnit.SECONDS);
    assertThat(executed).isNotNull();
    assertThat(executed.subject()).isEqualTo(Interactive.EXECUTE);
    assertThat(executed.target()).isEqualTo(new ModelRef(buyId, "buy"));
    assertThat(executed.context()).containsKey("objEVENT");
    gi.await(d -> "Bought".equals(gi.painted("status").getText()));

    gi.painted("quantity").sendKeys(Keys.chord(Keys.CONTROL, "a"), "75", Keys.TAB);
    ModelEvent changed = events.poll(30, TimeUnit.SECONDS);
    assertThat(changed).isNotNull();
    assertThat(changed.subject()).isEqualTo(Interactive.CHANGE);
    assertThat(changed.target().name()).isEqualTo("quantity");
    assertThat(changed.context()).containsEntry("strVALUE", "75");
  }

  @Test
  void theGiPagesAloneGetGisPolicyAndEveryOtherPageKeepsSelf() throws Exception {
    HttpClient http = HttpClient.newHttpClient();

    String joined = "; frame-ancestors 'self'; object-src 'none'; base-uri 'self'";
    assertThat(policyOf(http, GiBrowser.TRADING)).isEqualTo(GiBrowser.GI_POLICY + joined);
    assertThat(policyOf(http, GiBrowser.WITNESS)).isEqualTo(GiBrowser.WITNESS_POLICY + joined);
    assertThat(policyOf(http, "/dwr.html")).isEqualTo("script-src 'self'" + joined);
    assertThat(policyOf(http, "/encke/encke.js")).isEqualTo("script-src 'self'" + joined);
  }

  @Test
  void enckesClientMakesNoCodeFromStringsOnTheGiPageWhileGiDoes() throws Exception {
    ScriptSession page = gi.open(GiBrowser.WITNESS);
    BlockingQueue<ModelEvent> events = new LinkedBlockingQueue<>();
    gi.encke().withSession(page.id(), () -> {
      Server app = GI.getServer("app");
      app.getJSXByName("sell", Button.class).setEnabled(Form.STATEDISABLED, true)
          .setEnabled(Form.STATEENABLED, true);
      app.getJSXByName("trades", Matrix.class).insertRecord(
          Map.of("jsxid", "t9", "symbol", "INITECH", "price", "7.25"), null, true);
      app.getJSXByName("buy", Button.class).subscribe(Interactive.EXECUTE, events::add);
    });
    assertThat(value(page, () -> GI.getServer("app").getJSXByName("quantity", TextBox.class)
        .getValue())).isEqualTo("10");
    gi.painted("buy").click();
    assertThat(events.poll(30, TimeUnit.SECONDS)).isNotNull();
    // The control: raw script, which the page allows, is code Encke's client makes from a string.
    gi.encke().withSession(page.id(), () -> Js.script(ScriptBuffer.of("window.rawRan = true;")));
    gi.await(d -> Boolean.TRUE.equals(gi.gi("return window.rawRan === true;")));

    List<Map<String, String>> made = codeFromStrings();
    assertThat(made).filteredOn(m -> m.get("asker").endsWith("/gi/JSX/js/saf/jsx.js"))
        .extracting(m -> m.get("sink")).contains("eval");
    assertThat(made).filteredOn(m -> m.get("asker").endsWith("/encke/encke.js"))
        .extracting(m -> m.get("sink")).containsExactly("HTMLScriptElement textContent");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> codeFromStrings() {
    return ((List<Map<String, Object>>) gi.gi("return window.codeFromStrings;")).stream()
        .map(m -> Map.of("sink", String.valueOf(m.get("sink")),
            "asker", String.valueOf(m.get("asker"))))
        .toList();
  }

  private static String policyOf(HttpClient http, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(gi.encke().uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.discarding()).headers()
        .firstValue("Content-Security-Policy").orElseThrow();
  }

  private static <T> T value(ScriptSession page, Supplier<CompletableFuture<T>> ask)
      throws Exception {
    AtomicReference<CompletableFuture<T>> future = new AtomicReference<>();
    gi.encke().withSession(page.id(), () -> future.set(ask.get()));
    return future.get().get(30, TimeUnit.SECONDS);
  }
}
