package dev.encke.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Target;
import dev.encke.testing.Attacker;
import dev.encke.testing.HostilePage;
import dev.encke.testing.UnderAttack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finding 5: 60 KB valid JSON frames at 2,582 a second were each parsed in full before the rate
 * limit refused them. A message parsed and dispatched is answered "no reply 1 is awaited"; one
 * refused before parsing is answered with the rate limit's reason, so the answers count the parses.
 */
class ParseBeforeLimitAttackTest {

  @RegisterExtension
  static final AttackedServer server = new AttackedServer();

  private static final int FRAMES = 1_000;
  private static final String LARGE_REPLY =
      "{\"t\":\"reply\",\"id\":1,\"value\":\"" + "x".repeat(60_000) + "\"}";
  private static final String PARSED = "no reply 1 is awaited";
  /** The default byte budget of a page: 256 KiB a second, bursts of twice that. */
  private static final long BYTES_PER_SECOND = 256 * 1024;

  @Test
  void largeWebSocketFramesOverTheByteRateAreRefusedUnparsed() throws Exception {
    Target honest = server.openHonestPage();
    try (Attacker attacker = Attacker.from("127.0.0.8", server.encke().uri());
        UnderAttack attack = UnderAttack.begin(server.driver(), honest, attacker::bytesSent);
        HostilePage page = HostilePage.open(attacker, "/probe.html")) {
      long start = System.nanoTime();
      List<CompletableFuture<Throwable>> sent = new ArrayList<>();
      for (int i = 0; i < FRAMES; i++) {
        CompletableFuture<Throwable> done = new CompletableFuture<>();
        page.socket().send(LARGE_REPLY, done::complete);
        sent.add(done);
      }
      for (CompletableFuture<Throwable> done : sent) {
        assertThat(done.get(60, TimeUnit.SECONDS)).isNull();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long parsed = 0;
      long refused = 0;
      for (String answer = page.next(Duration.ofSeconds(2)); answer != null;
          answer = page.next(Duration.ofSeconds(2))) {
        parsed += answer.contains(PARSED) ? 1 : 0;
        refused += answer.contains("rate limit") ? 1 : 0;
      }

      UnderAttack.Report report = attack.end();

      assertThat(parsed).as("frames parsed, in %.1f s", seconds)
          .isLessThanOrEqualTo(budget(seconds));
      assertThat(refused).isPositive();
      report.assertHeld();
    }
  }

  @Test
  void largePostsOverTheByteRateAreRefusedWith429Unparsed() throws Exception {
    Target honest = server.openHonestPage();
    try (Attacker attacker = Attacker.from("127.0.0.9", server.encke().uri());
        UnderAttack attack = UnderAttack.begin(server.driver(), honest, attacker::bytesSent);
        HostilePage page = HostilePage.open(attacker, "/probe.html")) {
      long start = System.nanoTime();
      List<Attacker.Answer> answers = new ArrayList<>();
      attacker.flood(300, 16, i -> attacker.sendAsync(attacker.post("/encke/up", "["
          + LARGE_REPLY + "]").headers(headers -> headers.put("Cookie", page.cookie())
          .put("X-Encke-Session", page.session()).put("X-Encke-Token", page.token())))
          .whenComplete((answer, failure) -> {
            synchronized (answers) {
              answers.add(answer);
            }
          }));
      double seconds = (System.nanoTime() - start) / 1e9;

      UnderAttack.Report report = attack.end();

      long parsed = answers.stream().filter(answer -> answer.body().contains(PARSED)).count();
      assertThat(parsed).as("bodies parsed, in %.1f s", seconds)
          .isLessThanOrEqualTo(budget(seconds));
      assertThat(answers).filteredOn(answer -> !answer.body().contains(PARSED))
          .isNotEmpty()
          .allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.retryAfter()).isNotNull();
          });
      report.assertHeld();
    }
  }

  /** How many 60 KB messages the byte budget lets through in {@code seconds}, and one more. */
  private static long budget(double seconds) {
    return (long) ((2 * BYTES_PER_SECOND + BYTES_PER_SECOND * seconds) / LARGE_REPLY.length()) + 1;
  }
}
