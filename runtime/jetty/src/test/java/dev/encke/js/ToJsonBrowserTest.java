package dev.encke.js;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.encke.ScriptSession;
import java.lang.reflect.Type;
import dev.encke.testing.BrowserPages;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A value that says how it goes as JSON (a toJSON method) comes back as JSON.stringify sends it. */
class ToJsonBrowserTest {

  private static final JsRef VALUES = JsRef.global("values");
  private static final Type MAP = new TypeReference<Map<String, Object>>() {}.getType();

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.serving("web");

  @Test
  void datesAndObjectsWithToJsonComeBackAsTheirJson() throws Exception {
    ScriptSession page = pages.open("values.html");
    AtomicReference<CompletableFuture<String>> epoch = new AtomicReference<>();
    AtomicReference<CompletableFuture<Map<String, Object>>> order = new AtomicReference<>();
    AtomicReference<CompletableFuture<Map<String, Object>>> selfish = new AtomicReference<>();

    pages.encke().withSession(page.id(), () -> {
      epoch.set(Js.callForValue(String.class, VALUES, "epoch"));
      order.set(Js.callForValue(MAP, VALUES, "order"));
      selfish.set(Js.callForValue(MAP, VALUES, "selfish"));
    });

    assertThat(epoch.get().get(10, TimeUnit.SECONDS)).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(order.get().get(10, TimeUnit.SECONDS)).containsExactly(
        Map.entry("symbol", "ACME"), Map.entry("placed", "2026-01-02T03:04:05.000Z"),
        Map.entry("internals", "summary"));
    // A toJSON that answers its own object would never end; it goes as null.
    assertThat(selfish.get().get(10, TimeUnit.SECONDS)).isNull();
  }
}
