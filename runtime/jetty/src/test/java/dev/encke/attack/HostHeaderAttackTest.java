package dev.encke.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Target;
import dev.encke.testing.Attacker;
import dev.encke.testing.UnderAttack;
import java.util.Map;
import org.eclipse.jetty.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finding 4: the Host header was never checked, so a DNS rebinding page (Host and Origin both
 * {@code evil.example}) got a session and pushes, and could read the application's pages.
 */
class HostHeaderAttackTest {

  @RegisterExtension
  static final AttackedServer server = new AttackedServer();

  @Test
  void aRebindingPageIsRefusedWith421OnEveryEndpointAndPage() {
    Target honest = server.openHonestPage();
    int sessionsBefore = server.encke().sessions().size();
    try (Attacker attacker = Attacker.rebinding("127.0.0.6", server.encke().uri(), "evil.example");
        UnderAttack attack = UnderAttack.begin(server.driver(), honest, attacker::bytesSent)) {
      Attacker.Tally hellos = attacker.flood(500, 32,
          i -> attacker.sendAsync(attacker.hello("/probe.html")));
      Attacker.Tally pages = attacker.flood(500, 32,
          i -> attacker.sendAsync(attacker.request(HttpMethod.GET, "/probe.html")));
      Attacker.Upgrade upgrade = attacker.upgrade(Map.of(), new Attacker.Closes()).join();

      UnderAttack.Report report = attack.end();

      assertThat(hellos.count(421)).as("%s", hellos).isEqualTo(500);
      assertThat(pages.count(421)).as("%s", pages).isEqualTo(500);
      assertThat(upgrade.status()).isEqualTo(421);
      assertThat(server.encke().sessions()).hasSize(sessionsBefore);
      report.assertHeld();
    }
  }

  @Test
  void theServersOwnNamesAreServed() {
    try (Attacker localhost = Attacker.rebinding("127.0.0.7", server.encke().uri(), "localhost");
        Attacker literal = Attacker.from("127.0.0.7", server.encke().uri())) {
      assertThat(localhost.send(localhost.request(HttpMethod.GET, "/probe.html")).status())
          .isEqualTo(200);
      assertThat(literal.send(literal.hello("/probe.html")).status()).isEqualTo(200);
    }
  }
}
