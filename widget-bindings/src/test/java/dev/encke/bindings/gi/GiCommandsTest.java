package dev.encke.bindings.gi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Browser;
import dev.encke.ScriptSession;
import dev.encke.bindings.gi.app.Server;
import dev.encke.bindings.gi.gui.Button;
import dev.encke.bindings.gi.gui.Form;
import dev.encke.bindings.gi.gui.Select;
import dev.encke.bindings.gi.gui.TextBox;
import dev.encke.testkit.PushRecorder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GI binding at the command level, without a browser: the commands the generated proxies push,
 * as the page receives them. GiTalkBrowserTest and GiControlsBrowserTest run them on the real GI.
 */
class GiCommandsTest {

  @RegisterExtension final PushRecorder pushes = PushRecorder.create();

  @Test
  void theTalksButtonIsDisabledThroughItsApplication() {
    ScriptSession share = pushes.openPage("/share.html");

    Browser.withPage("/share.html", () -> {
      Server server = GI.getServer("app");
      Button button = server.getJSXById("buy", Button.class);
      button.setEnabled(Form.STATEDISABLED, true);
    });

    assertThat(pushes.commandsTo(share)).extracting(Object::toString).containsExactly(
        "jsx3.getApp(\"app\").getJSXById(\"buy\").setEnabled(0, true)");
  }

  @Test
  void fluentCallsChainAndEachRecordsOneCommandInOrder() {
    ScriptSession share = pushes.openPage("/share.html");

    Browser.withAllSessions(() -> GI.getServer("app").getJSXByName("buy", Button.class)
        .setText("Sold out")
        .setEnabled(Form.STATEENABLED)
        .repaint());

    assertThat(pushes.batchesTo(share)).hasSize(1);
    assertThat(pushes.commandsTo(share)).extracting(Object::toString).containsExactly(
        "jsx3.getApp(\"app\").getJSXByName(\"buy\").setText(\"Sold out\")",
        "jsx3.getApp(\"app\").getJSXByName(\"buy\").setEnabled(1)",
        "jsx3.getApp(\"app\").getJSXByName(\"buy\").repaint()");
  }

  @Test
  void formControlsSetTheirValuesAsData() {
    ScriptSession share = pushes.openPage("/share.html");

    Browser.withAllSessions(() -> {
      Server server = GI.getServer("app");
      server.getJSXById("symbol", TextBox.class).setValue("\"ACME\" </script>");
      server.getJSXById("exchange", Select.class).setValue("nyse").setEnabled(0, false);
    });

    assertThat(pushes.commandsTo(share)).extracting(Object::toString).containsExactly(
        "jsx3.getApp(\"app\").getJSXById(\"symbol\").setValue(\"\\\"ACME\\\" </script>\")",
        "jsx3.getApp(\"app\").getJSXById(\"exchange\").setValue(\"nyse\")",
        "jsx3.getApp(\"app\").getJSXById(\"exchange\").setEnabled(0, false)");
  }

  @Test
  void theStatesAreGisOwnConstants() {
    assertThat(Form.STATEENABLED).isEqualTo(1);
    assertThat(Form.STATEDISABLED).isEqualTo(0);
  }

  @Test
  void aValueIsAskedOfOnePageAndRefusedForMany() {
    ScriptSession share = pushes.openPage("/share.html");
    ScriptSession other = pushes.openPage("/share.html");
    AtomicReference<CompletableFuture<Integer>> state = new AtomicReference<>();

    Browser.withSession(share.id(), () -> state.set(GI.getServer("app")
        .getJSXById("buy", Button.class).getEnabled()));

    assertThat(state.get()).isNotDone();
    assertThat(pushes.commandsTo(share)).extracting(Object::toString).containsExactly(
        "jsx3.getApp(\"app\").getJSXById(\"buy\").getEnabled()");
    assertThatThrownBy(() -> Browser.withPage("/share.html", () -> GI.getServer("app")
        .getJSXById("buy", Button.class).getEnabled()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a value can come back from one page only");
    assertThat(pushes.commandsTo(other)).isEmpty();
  }
}
