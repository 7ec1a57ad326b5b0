package dev.encke.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Browser;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionFilter;
import dev.encke.js.Js;
import dev.encke.js.JsFunction;
import dev.encke.js.JsRef;
import dev.encke.js.ScriptBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PushRecorderTest {

  private static final JsRef UTIL = JsRef.global("dwr", "util");

  @RegisterExtension final PushRecorder pushes = PushRecorder.create();

  @Test
  void withPageReachesEveryViewOfThatPageAndNoOther() {
    ScriptSession share = pushes.openPage("/share.html");
    ScriptSession again = pushes.openPage("/share.html");
    ScriptSession other = pushes.openPage("/other.html");

    Browser.withPage("/share.html", () -> Js.call(UTIL, "setValue", "price", 42));

    assertThat(pushes.commandsTo(share)).extracting(Object::toString)
        .containsExactly("dwr.util.setValue(\"price\", 42)");
    assertThat(pushes.commandsTo(again)).isEqualTo(pushes.commandsTo(share));
    assertThat(pushes.commandsTo(other)).isEmpty();
  }

  @Test
  void withUserReachesEveryPageOfThatUserInEveryTab() {
    ScriptSession adaShare = pushes.openPage("/share.html", "ada");
    ScriptSession adaChat = pushes.openPage("/chat.html", "ada");
    ScriptSession grace = pushes.openPage("/share.html", "grace");
    ScriptSession anonymous = pushes.openPage("/share.html");

    Browser.withUser("ada", () -> Js.call(UTIL, "setValue", "status", "order filled"));

    assertThat(pushes.commandsTo(adaShare)).extracting(Object::toString)
        .containsExactly("dwr.util.setValue(\"status\", \"order filled\")");
    assertThat(pushes.commandsTo(adaChat)).isEqualTo(pushes.commandsTo(adaShare));
    assertThat(pushes.commandsTo(grace)).isEmpty();
    assertThat(pushes.commandsTo(anonymous)).isEmpty();
  }

  @Test
  void aReleasedCallbackIsForgottenByThePagesToo() {
    ScriptSession page = pushes.openPage("/share.html");
    JsFunction listener = Js.function(args -> { });

    Browser.withAllSessions(() -> Js.call(UTIL, "on", "buy", "click", listener));
    Browser.withAllSessions(() -> Js.release(listener));

    assertThat(pushes.commandsTo(page)).extracting(Object::toString).last().asString()
        .matches("forget callback#\\d+");
  }

  @Test
  void filtersChooseSessionsByTheirAttributes() {
    ScriptSession watching = pushes.openPage("/share.html");
    ScriptSession idle = pushes.openPage("/share.html");
    ScriptSession elsewhere = pushes.openPage("/news.html");
    watching.setAttribute("symbol", "ACME");
    elsewhere.setAttribute("symbol", "ACME");

    Browser.withAllSessionsFiltered(s -> s.attribute("symbol").isPresent(),
        () -> Js.call(UTIL, "setValue", "alert", "all"));
    Browser.withPageFiltered("/share.html", s -> s.attribute("symbol").isPresent(),
        () -> Js.call(UTIL, "setValue", "alert", "share"));

    assertThat(pushes.commandsTo(watching)).extracting(PushedCommand::arguments)
        .containsExactly(List.of("alert", "all"), List.of("alert", "share"));
    assertThat(pushes.commandsTo(elsewhere)).extracting(PushedCommand::arguments)
        .containsExactly(List.of("alert", "all"));
    assertThat(pushes.commandsTo(idle)).isEmpty();
  }

  @Test
  void filtersJoinedWithAndChooseOnlyTheSessionsBothAccept() {
    ScriptSession both = pushes.openPage("/share.html");
    ScriptSession symbolOnly = pushes.openPage("/share.html");
    ScriptSession traderOnly = pushes.openPage("/share.html");
    both.setAttribute("symbol", "ACME");
    both.setAttribute("trader", true);
    symbolOnly.setAttribute("symbol", "ACME");
    traderOnly.setAttribute("trader", true);
    ScriptSessionFilter watchingAcme = s -> s.attribute("symbol").map("ACME"::equals).orElse(false);
    ScriptSessionFilter trader = s -> s.attribute("trader").isPresent();

    Browser.withAllSessionsFiltered(watchingAcme.and(trader),
        () -> Js.call(UTIL, "setValue", "buy", "enabled"));

    assertThat(pushes.commandsTo(both)).extracting(PushedCommand::arguments)
        .containsExactly(List.of("buy", "enabled"));
    assertThat(pushes.commandsTo(symbolOnly)).isEmpty();
    assertThat(pushes.commandsTo(traderOnly)).isEmpty();
  }

  @Test
  void callsOfOneBlockArriveAsOneBatchAndBlocksInOrder() {
    ScriptSession page = pushes.openPage("/share.html");

    Browser.withSession(page.id(), () -> {
      Js.set(JsRef.global("document"), "title", "ACME");
      Js.call(UTIL, "setValue", "price", Map.of("value", 42));
    });
    Browser.withAllSessions(() -> Js.call(JsRef.global("document").call("getElementById", "x"),
        "focus"));

    List<List<PushedCommand>> batches = pushes.batchesTo(page);
    assertThat(batches).hasSize(2);
    assertThat(batches.get(0)).extracting(Object::toString).containsExactly(
        "document.title = \"ACME\"", "dwr.util.setValue(\"price\", {\"value\":42})");
    assertThat(batches.get(1).get(0).target()).isEqualTo("document.getElementById(\"x\")");
  }

  @Test
  void theObjectApiPushesWithoutThreadLocalsAndBindsSlots() {
    ScriptSession page = pushes.openPage("/fx.html");

    pushes.page("/fx.html").push(batch -> {
      JsRef effect = batch.bind(JsRef.global("Effect"), "Shake", "price");
      batch.call(effect, "start");
      batch.release(effect);
    });

    List<PushedCommand> commands = pushes.commandsTo(page);
    assertThat(commands).extracting(PushedCommand::operation)
        .containsExactly("call", "call", "release");
    assertThat(commands.get(1).target()).startsWith("slot#")
        .isEqualTo(commands.get(2).target());
  }

  @Test
  void aClosedPageReceivesNothingMoreAndRawScriptIsRefused() {
    ScriptSession page = pushes.openPage("/share.html");
    pushes.closePage(page);

    Browser.withAllSessions(() -> Js.call(UTIL, "setValue", "price", 1));

    assertThat(pushes.commandsTo(page)).isEmpty();
    assertThat(page.isEnded()).isTrue();
    assertThatThrownBy(() -> Browser.withAllSessions(() -> Js.script(ScriptBuffer.of("x()"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("raw script is refused: this server does not allow it");
  }
}
