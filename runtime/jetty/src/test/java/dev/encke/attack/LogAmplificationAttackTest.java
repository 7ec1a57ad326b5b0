package dev.encke.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.Target;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.testing.Attacker;
import dev.encke.testing.HostilePage;
import dev.encke.testing.UnderAttack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finding 3: a malformed event argument was logged at WARN with a stack trace and the whole
 * argument, about 51 KB of log per 47 KB event, at the rate limit, times unlimited sessions.
 */
class LogAmplificationAttackTest {

  @RegisterExtension
  static final AttackedServer server = new AttackedServer();

  private static final int PAGES = 5;
  private static final int EVENTS_PER_PAGE = 100;
  private static final String MALFORMED = "\"" + "x".repeat(47_000) + "\"";

  /** What the callback expects; the attacker sends a long string instead. */
  record Point(int x, int y) {}

  @Test
  void malformedEventArgumentsLogOneShortLineAtMostPerInterval() throws Exception {
    Target honest = server.openHonestPage();
    Set<String> answered = ConcurrentHashMap.newKeySet();
    try (Attacker attacker = Attacker.from("127.0.0.5", server.encke().uri());
        UnderAttack attack = UnderAttack.begin(server.driver(), honest, attacker::bytesSent)) {
      List<HostilePage> pages = new ArrayList<>();
      List<Long> callbacks = new ArrayList<>();
      for (int i = 0; i < PAGES; i++) {
        HostilePage page = HostilePage.open(attacker, "/probe.html");
        pages.add(page);
        server.encke().session(page.session()).push(batch -> batch.call(JsRef.global("probe"),
            "onClick", "button", Js.function(arguments -> {
              arguments.get(0, Point.class);
              answered.add(arguments.session().id());
            })));
        callbacks.add(callbackNumber(page));
      }

      List<CompletableFuture<Throwable>> sent = new ArrayList<>();
      for (int event = 0; event < EVENTS_PER_PAGE; event++) {
        for (int i = 0; i < PAGES; i++) {
          CompletableFuture<Throwable> done = new CompletableFuture<>();
          pages.get(i).socket().send("{\"t\":\"event\",\"fn\":" + callbacks.get(i) + ",\"args\":["
              + MALFORMED + "]}", done::complete);
          sent.add(done);
        }
      }
      for (CompletableFuture<Throwable> done : sent) {
        assertThat(done.get(30, TimeUnit.SECONDS)).isNull();
      }
      // A page's events run in order: once a well-formed one ran, every malformed one before it has.
      await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
        for (int i = 0; i < PAGES; i++) {
          if (!answered.contains(pages.get(i).session())) {
            pages.get(i).socket().send("{\"t\":\"event\",\"fn\":" + callbacks.get(i)
                + ",\"args\":[{\"x\":1,\"y\":2}]}");
          }
        }
        return answered.size() == PAGES;
      });
      pages.forEach(HostilePage::close);

      UnderAttack.Report report = attack.end();

      report.assertHeld();
      assertThat(report.logLines()).noneMatch(line -> line.contains("xxxxxxxxxx".repeat(40)))
          .noneMatch(line -> line.startsWith("\tat "));
    }
  }

  /** The number of the callback in the first batch the page received. */
  private static long callbackNumber(HostilePage page) throws InterruptedException {
    JsonNode batch = page.nextJson();
    while (!"batch".equals(batch.path("t").asText())) {
      batch = page.nextJson();
    }
    return batch.at("/ops/0/args/1").asLong();
  }
}
