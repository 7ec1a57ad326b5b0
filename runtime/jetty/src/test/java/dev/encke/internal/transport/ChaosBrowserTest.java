package dev.encke.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.Transport;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.JsRef;
import dev.encke.testing.CuttingProxy;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Chaos, per transport: 10,000 numbered commands, each its own batch, are pushed to a page in real
 * Chromium while its connection is cut at random, alternately by the server and by a loopback relay
 * between browser and server. The page must have applied exactly 1..10,000, in order, once each.
 */
class ChaosBrowserTest {

  private static final int COMMANDS = 10_000;
  private static final JsRef PROBE = JsRef.global("probe");
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private static Encke encke;
  private static CuttingProxy proxy;
  private static HeadlessChromium chromium;
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).staticResources("web")
        .heartbeat(Duration.ofSeconds(1))
        .outboundLimit(2 * COMMANDS, 64L << 20)
        .maxMessagesPerSecond(1_000)
        .start();
    proxy = CuttingProxy.to(encke.port());
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (encke != null) {
      encke.close();
    }
  }

  @AfterEach
  void leavePage() {
    scheduler.shutdownNow();
    chromium.driver().get("about:blank");
    chromium.await(Duration.ofSeconds(20)).until(driver -> encke.sessions().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void thePageAppliesEveryCommandOnceInOrderWhileConnectionsAreCut(Transport transport)
      throws Exception {
    chromium.openConnected("http://127.0.0.1:" + proxy.port() + "/probe.html?encke-transport="
        + transport.wireName(), Duration.ofSeconds(20));
    chromium.await(Duration.ofSeconds(20)).until(d -> encke.sessions().size() == 1);
    DefaultScriptSession session = (DefaultScriptSession) encke.sessions().iterator().next();
    long started = System.nanoTime();
    int proxyCutsBefore = proxy.cuts();
    AtomicInteger serverDrops = new AtomicInteger();
    AtomicInteger pushed = new AtomicInteger();

    scheduler.scheduleAtFixedRate(() -> pushFive(pushed), 0, 2, TimeUnit.MILLISECONDS);
    scheduleCut(session, serverDrops, pushed);
    chromium.await(TIMEOUT).pollingEvery(Duration.ofMillis(500))
        .until(d -> appliedCount(d) >= COMMANDS && pushed.get() >= COMMANDS);

    List<Long> applied = applied();
    System.out.printf("chaos %s: %d commands applied in %d ms; connections cut %d times by the"
            + " server and %d times through the proxy; peak backlog %d batches%n",
        transport, applied.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
        serverDrops.get(), proxy.cuts() - proxyCutsBefore, session.backlog().peakMessages());
    assertThat(applied).containsExactlyElementsOf(
        LongStream.rangeClosed(1, COMMANDS).boxed().collect(Collectors.toList()));
    assertThat(serverDrops.get() + proxy.cuts() - proxyCutsBefore).isGreaterThan(4);
  }

  private static void pushFive(AtomicInteger pushed) {
    for (int i = 0; i < 5; i++) {
      int n = pushed.get() + 1;
      if (n > COMMANDS) {
        return;
      }
      encke.allSessions().push(batch -> batch.call(PROBE, "apply", n));
      pushed.set(n);
    }
  }

  private void scheduleCut(DefaultScriptSession session, AtomicInteger serverDrops,
      AtomicInteger pushed) {
    long delay = ThreadLocalRandom.current().nextLong(80, 350);
    scheduler.schedule(() -> {
      if (pushed.get() >= COMMANDS) {
        return;
      }
      if (ThreadLocalRandom.current().nextBoolean()) {
        session.dropConnection();
        serverDrops.incrementAndGet();
      } else {
        proxy.cutAll();
      }
      scheduleCut(session, serverDrops, pushed);
    }, delay, TimeUnit.MILLISECONDS);
  }

  private static long appliedCount(org.openqa.selenium.WebDriver driver) {
    return (Long) ((JavascriptExecutor) driver).executeScript("return probe.applied.length");
  }

  @SuppressWarnings("unchecked")
  private static List<Long> applied() {
    return (List<Long>) ((JavascriptExecutor) chromium.driver())
        .executeScript("return probe.applied");
  }
}
