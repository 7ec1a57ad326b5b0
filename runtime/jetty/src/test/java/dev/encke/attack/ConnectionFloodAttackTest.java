package dev.encke.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.encke.Target;
import dev.encke.testing.Attacker;
import dev.encke.testing.UnderAttack;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;

/**
 * Finding 1 of the attack on the demo: no cap on connections or sessions, and any well-formed
 * cookie was accepted. One client made 20,000 sessions; 39,500 upgrades with made-up cookies that
 * never said hello filled the file descriptors, and idle upgraded sockets lived 30 s.
 */
class ConnectionFloodAttackTest {

  @RegisterExtension
  static final AttackedServer server = new AttackedServer();

  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void upgradesWithMadeUpCookiesAreRefusedWith403() {
    Target honest = server.openHonestPage();
    try (Attacker attacker = Attacker.from("127.0.0.2", server.encke().uri());
        UnderAttack attack = UnderAttack.begin(server.driver(), honest, attacker::bytesSent)) {
      List<Attacker.Upgrade> answers = upgrades(attacker, 2_000, i -> "encke-browser=" + madeUpId());

      UnderAttack.Report report = attack.end();

      assertThat(answers).extracting(Attacker.Upgrade::status).containsOnly(403);
      report.assertHeld();
    }
  }

  @Test
  void aHelloFloodFromOneAddressIsCappedWith429AndRetryAfterWhileOthersStillGetIn() {
    Target honest = server.openHonestPage();
    int sessionsBefore = server.encke().sessions().size();
    try (Attacker attacker = Attacker.from("127.0.0.3", server.encke().uri());
        UnderAttack attack = UnderAttack.begin(server.driver(), honest, attacker::bytesSent)) {
      CompletableFuture<Attacker.Tally> flood = CompletableFuture.supplyAsync(() ->
          attacker.flood(3_000, 64, i -> attacker.sendAsync(attacker.hello("/probe.html"))));
      String honestWindow = server.driver().getWindowHandle();
      server.driver().switchTo().newWindow(WindowType.TAB);
      Target newcomer = server.openHonestPage();
      Attacker.Tally tally = flood.join();
      server.driver().switchTo().window(honestWindow);

      UnderAttack.Report report = attack.end();

      assertThat(newcomer.sessions()).hasSize(1);
      assertThat(tally.count(200)).as("%s", tally).isLessThanOrEqualTo(256);
      assertThat(tally.count(429)).as("%s", tally).isEqualTo(3_000 - tally.count(200));
      assertThat(tally.withRetryAfter()).as("%s", tally).isEqualTo(tally.count(429));
      assertThat(server.encke().sessions().size() - sessionsBefore).isLessThanOrEqualTo(256 + 1);
      report.assertHeld();
    }
  }

  @Test
  void upgradesThatNeverResumeAreCappedAndClosedAtTheDeadline() {
    Target honest = server.openHonestPage();
    try (Attacker attacker = Attacker.from("127.0.0.4", server.encke().uri());
        UnderAttack attack = UnderAttack.begin(server.driver(), honest, attacker::bytesSent)) {
      String cookie = attacker.issuedCookie("/probe.html");
      Attacker.Closes closes = new Attacker.Closes();

      List<Attacker.Upgrade> answers = upgrades(attacker, 600, i -> cookie, closes);
      long opened = answers.stream().filter(answer -> answer.status() == 101).count();
      await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
          assertThat(closes.count(1013)).as("silent sockets the server closed, of %s", opened)
              .isEqualTo(opened));

      UnderAttack.Report report = attack.end();

      assertThat(answers).extracting(Attacker.Upgrade::status).containsOnly(101, 429);
      assertThat(answers).filteredOn(answer -> answer.status() == 429)
          .allSatisfy(answer -> assertThat(answer.headers().get("Retry-After")).isNotNull());
      assertThat(opened).isLessThan(600);
      report.assertHeld();
    }
  }

  private static List<Attacker.Upgrade> upgrades(Attacker attacker, int count,
      java.util.function.IntFunction<String> cookie) {
    return upgrades(attacker, count, cookie, new Attacker.Closes());
  }

  /** {@code count} upgrades, 64 at a time; every socket opened is dropped at the end. */
  private static List<Attacker.Upgrade> upgrades(Attacker attacker, int count,
      java.util.function.IntFunction<String> cookie, Attacker.Closes closes) {
    List<Attacker.Upgrade> answers = new ArrayList<>();
    List<CompletableFuture<Attacker.Upgrade>> window = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      window.add(attacker.upgrade(Map.of("Cookie", cookie.apply(i)), closes));
      if (window.size() >= 64) {
        answers.add(window.remove(0).join());
      }
    }
    window.forEach(answer -> answers.add(answer.join()));
    return answers;
  }

  private static String madeUpId() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }
}
