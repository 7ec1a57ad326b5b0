package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.Target;
import dev.encke.testing.Attacker;
import dev.encke.testing.BrowserPages;
import dev.encke.testing.HeadlessChromium;
import dev.encke.testing.HostilePage;
import dev.encke.testing.UnderAttack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * Findings 2 and 7 of the attack on the demo, against {@code chat.html} with its defaults: 5,000
 * joins grew the server from 82 to 910 threads and every honest chat page overflowed its backlog
 * (each join re-broadcast the whole online list); and a long line cut at 500 UTF-16 units could
 * send a lone surrogate. The honest pages are a chat page and a share page in real Chromium.
 */
class ChatFloodAttackTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final int JOINS = 5_000;

  private static DemoApp app;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    app = DemoApp.start("127.0.0.1", 0, Duration.ofMillis(100), null);
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @AfterEach
  void leave() {
    chromium.leaveAllPages();
  }

  @Test
  void fiveThousandJoinsFromOneAddressAreRefusedWith429PastItsShare() {
    try (Attacker attacker = Attacker.from("127.0.0.2", app.encke().uri());
        UnderAttack attack = honestChatAndSharePages(attacker)) {
      Attacker.Tally joins = attacker.flood(JOINS, 64,
          i -> attacker.sendAsync(attacker.hello(ChatRoom.PATH)));

      UnderAttack.Report report = attack.end();

      assertThat(joins.count(200)).as("%s", joins).isLessThanOrEqualTo(256);
      assertThat(joins.count(429)).as("%s", joins).isEqualTo(JOINS - joins.count(200));
      assertThat(joins.withRetryAfter()).as("%s", joins).isEqualTo(joins.count(429));
      assertThat(status(chromium.driver())).isEqualTo("open");
      report.assertHeld();
    }
  }

  @Test
  void fiveThousandJoinsFromFiftyAddressesReachTheRoomWithoutOverflowingItsPages() {
    List<Attacker> attackers = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      attackers.add(Attacker.from("127.0.1." + i, app.encke().uri(), 8));
    }
    try (UnderAttack attack = honestChatAndSharePages(
        () -> attackers.stream().mapToLong(Attacker::bytesSent).sum())) {
      List<CompletableFuture<Attacker.Tally>> floods = new ArrayList<>();
      for (Attacker attacker : attackers) {
        floods.add(CompletableFuture.supplyAsync(() -> attacker.flood(JOINS / attackers.size(), 8,
            i -> attacker.sendAsync(attacker.hello(ChatRoom.PATH)))));
      }
      long joined = floods.stream().map(CompletableFuture::join)
          .mapToLong(tally -> tally.count(200)).sum();
      chromium.driver().switchTo().window(chatWindow);
      chromium.await(TIMEOUT).until(d -> Integer.parseInt(d.findElement(By.id("count"))
          .getText()) >= JOINS + 1);

      UnderAttack.Report report = attack.end();

      assertThat(joined).isEqualTo(JOINS);
      assertThat(status(chromium.driver())).isEqualTo("open");
      report.assertHeld();
    } finally {
      attackers.forEach(Attacker::close);
    }
  }

  @Test
  void aLongLineOfEmojiReachesTheRoomCutAtACodePoint() throws Exception {
    String emoji = "\ud83d\ude00";
    try (Attacker attacker = Attacker.from("127.0.0.3", app.encke().uri());
        UnderAttack attack = honestChatAndSharePages(attacker);
        HostilePage hostile = HostilePage.open(attacker, ChatRoom.PATH)) {
      long onKey = keydownCallback(hostile);
      hostile.socket().send("{\"t\":\"event\",\"fn\":" + onKey + ",\"args\":[{\"type\":\"keydown\","
          + "\"targetId\":\"message\",\"value\":\"a" + emoji.repeat(600) + "\",\"key\":\"Enter\"}]}");
      WebDriver driver = chromium.driver();
      driver.switchTo().window(chatWindow);
      chromium.await(TIMEOUT).until(d -> !d.findElements(By.cssSelector("#messages li")).isEmpty());
      List<?> line = (List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
          "var items = document.querySelectorAll('#messages li');"
          + " var text = items[items.length - 1].textContent;"
          + " return [text, text.length];");

      UnderAttack.Report report = attack.end();

      String said = (String) line.get(0);
      String text = said.substring(said.indexOf(": ") + 2);
      assertThat(text).isEqualTo("a" + emoji.repeat(ChatRoom.MAX_MESSAGE_CODE_POINTS - 1));
      report.assertHeld();
    }
  }

  private String chatWindow;

  /** Opens a chat page and a share page, each watched as an honest page; the chat page is current. */
  private UnderAttack honestChatAndSharePages(java.util.function.LongSupplier attackBytes) {
    WebDriver driver = chromium.driver();
    UnderAttack attack = UnderAttack.begin(driver, attackBytes);
    attack.watch(open(ChatRoom.PATH));
    chatWindow = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    attack.watch(open(SharePage.PATH));
    driver.switchTo().window(chatWindow);
    return attack;
  }

  private UnderAttack honestChatAndSharePages(Attacker attacker) {
    return honestChatAndSharePages(attacker::bytesSent);
  }

  private static Target open(String path) {
    return app.encke().session(BrowserPages.open(chromium, app.encke(), path).id());
  }

  private static String status(WebDriver driver) {
    return driver.findElement(By.tagName("html")).getAttribute("data-encke");
  }

  /** The callback the chat room handed the page for keys typed in its message field. */
  private static long keydownCallback(HostilePage page) throws InterruptedException {
    while (true) {
      JsonNode message = page.nextJson();
      for (JsonNode op : message.path("ops")) {
        if (op.path("fn").asText().equals("on") && op.at("/args/1").asText().equals("keydown")) {
          return op.at("/args/2").asLong();
        }
      }
    }
  }
}
