package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.js.Js;
import dev.encke.js.JsFunction;
import dev.encke.js.JsRef;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A long-lived page that is handed listeners again and again holds only those still in use. */
class CallbackReleaseTest {

  private static final JsRef EFFECT = JsRef.global("Effect");

  private final SessionHub hub = SessionHub.open(SessionSettings.defaults(), "callbacks");
  private final UplinkDispatcher uplink = new UplinkDispatcher();

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void callbacksHandedToABoundSlotAreReleasedWithTheSlot() {
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    AtomicReference<JsFunction> last = new AtomicReference<>();

    for (int i = 0; i < 500; i++) {
      AtomicReference<JsRef> effect = new AtomicReference<>();
      hub.session(session.id()).push(batch -> {
        last.set(Js.function(arguments -> {}));
        effect.set(batch.bind(EFFECT, "Shake", "price", last.get()));
        batch.call(effect.get(), "onFinish", Js.function(arguments -> {}));
      });
      hub.session(session.id()).push(batch -> batch.release(effect.get()));
      acknowledgeAll(session);
    }

    assertThat(session.callbackCount()).isZero();
    assertThat(event(session, last.get())).contains(
        "no callback " + id(last.get()) + " was given to this page");
  }

  @Test
  void aCallbackReleasedExplicitlyIsForgottenAndItsEventsRefused() {
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    JsFunction kept = Js.function(arguments -> {});
    JsFunction released = Js.function(arguments -> {});
    hub.session(session.id()).push(batch -> batch.call(EFFECT, "on", kept, released));

    hub.session(session.id()).push(batch -> batch.release(released));

    assertThat(session.callbackCount()).isEqualTo(1);
    assertThat(event(session, kept)).isEmpty();
    assertThat(event(session, released)).isPresent();
  }

  private java.util.Optional<String> event(DefaultScriptSession session, JsFunction function) {
    return uplink.dispatch(session, "{\"t\":\"event\",\"fn\":" + id(function) + ",\"args\":[]}");
  }

  private static long id(JsFunction function) {
    return Long.parseLong(function.toString().substring("JsFunction#".length()));
  }

  private static void acknowledgeAll(DefaultScriptSession session) {
    session.acknowledge(session.backlog().acknowledged() + session.backlog().messages());
  }
}
