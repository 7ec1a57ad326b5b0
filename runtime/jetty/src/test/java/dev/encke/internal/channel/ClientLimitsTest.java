package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.testing.Attacker;
import java.util.Map;
import org.eclipse.jetty.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client address behind a trusted proxy, and the signed browser cookie, on a real server: the
 * limits count the address a trusted proxy forwarded, and only a cookie signed with the server's
 * secret opens a channel.
 */
class ClientLimitsTest {

  private static final byte[] SHARED_SECRET = "a secret the nodes of one cluster share".getBytes(
      java.nio.charset.StandardCharsets.US_ASCII);

  private static Encke behindProxy;
  private static Encke node;
  private static Encke sameCluster;

  @BeforeAll
  static void start() {
    behindProxy = Encke.builder().port(0).trustedProxies("127.0.0.20", "10.0.0.0/8")
        .maxSessionsPerAddress(2).start();
    node = Encke.builder().port(0).browserCookieSecret(SHARED_SECRET).start();
    sameCluster = Encke.builder().port(0).browserCookieSecret(SHARED_SECRET).start();
  }

  @AfterAll
  static void stop() {
    behindProxy.close();
    node.close();
    sameCluster.close();
  }

  @Test
  void behindATrustedProxyTheForwardedClientIsCounted() {
    try (Attacker proxy = Attacker.from("127.0.0.20", behindProxy.uri())) {
      int first = hello(proxy, "203.0.113.7").status();
      int second = hello(proxy, "198.51.100.1, 203.0.113.7").status();
      Attacker.Answer third = hello(proxy, "203.0.113.7, 10.1.2.3");
      int otherClient = hello(proxy, "203.0.113.8").status();

      assertThat(first).isEqualTo(200);
      assertThat(second).isEqualTo(200);
      assertThat(third.status()).isEqualTo(429);
      assertThat(third.body()).contains("too many sessions from 203.0.113.7: at most 2");
      assertThat(otherClient).isEqualTo(200);
    }
  }

  @Test
  void fromAnyOtherPeerTheForwardedHeaderIsIgnored() {
    try (Attacker client = Attacker.from("127.0.0.21", behindProxy.uri())) {
      hello(client, "203.0.113.30");
      hello(client, "203.0.113.31");
      Attacker.Answer third = hello(client, "203.0.113.32");

      assertThat(third.status()).isEqualTo(429);
      assertThat(third.body()).contains("too many sessions from 127.0.0.21");
    }
  }

  @Test
  void aCookieSignedByAnotherServerOpensNoChannelAndHelloReplacesIt() {
    try (Attacker browser = Attacker.from("127.0.0.22", behindProxy.uri());
        Attacker elsewhere = Attacker.from("127.0.0.22", node.uri())) {
      String foreign = elsewhere.issuedCookie("/a.html");

      Attacker.Upgrade upgrade = upgrade(browser, foreign);
      Attacker.Answer hello = helloWith(browser, foreign);

      assertThat(upgrade.status()).isEqualTo(403);
      assertThat(hello.status()).isEqualTo(200);
      assertThat(hello.headers().get("Set-Cookie")).startsWith("encke-browser=")
          .doesNotStartWith(foreign);
    }
  }

  @Test
  void nodesThatShareTheSecretAcceptEachOthersCookies() {
    try (Attacker onNode = Attacker.from("127.0.0.23", node.uri());
        Attacker onOther = Attacker.from("127.0.0.23", sameCluster.uri())) {
      String cookie = onNode.issuedCookie("/a.html");

      Attacker.Upgrade upgrade = upgrade(onOther, cookie);
      Attacker.Answer hello = helloWith(onOther, cookie);

      assertThat(upgrade.status()).isEqualTo(101);
      assertThat(hello.headers().get("Set-Cookie")).isNull();
      upgrade.socket().drop();
    }
  }

  private static Attacker.Upgrade upgrade(Attacker from, String cookie) {
    return from.upgrade(Map.of("Cookie", cookie), new Attacker.Closes()).join();
  }

  private static Attacker.Answer helloWith(Attacker from, String cookie) {
    return from.send(from.hello("/a.html").headers(h -> h.put("Cookie", cookie)));
  }

  private static Attacker.Answer hello(Attacker from, String forwardedFor) {
    Request hello = from.hello("/a.html").headers(h -> h.put("X-Forwarded-For", forwardedFor));
    return from.send(hello);
  }
}
