package dev.encke.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.JsRef;
import dev.encke.testing.RawWebSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One page stops reading its socket and acknowledging (the talk's stalled client; its 30 s stall
 * lasts here for the whole stream, and the bound, not the clock, decides) while 100 others receive
 * a stream of 1,000 batches. The stalled page's backlog must stay within the bound and the policy
 * fire; the others must receive everything, in order.
 */
class SlowConsumerTest {

  private static final int OTHERS = 100;
  private static final int BATCHES = 1_000;
  private static final int MAX_MESSAGES = 200;
  private static final long MAX_BYTES = 32 * 1024;
  private static final JsRef TICKER = JsRef.global("ticker");

  private final Set<String> overflowed = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor();
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<RawWebSocket> clients = new ArrayList<>();
  private Encke encke;

  @BeforeEach
  void start() {
    encke = Encke.builder().port(0)
        .outboundLimit(MAX_MESSAGES, MAX_BYTES)
        .listener(new ScriptSessionListener() {
          @Override
          public void sessionOverflowed(ScriptSession session) {
            overflowed.add(session.id());
          }
        })
        .start();
  }

  @AfterEach
  void stop() {
    pusher.shutdownNow();
    clients.forEach(RawWebSocket::close);
    encke.close();
  }

  @Test
  void aStalledPageIsCutOffAtTheBoundWhileTheOthersReceiveEverything() throws Exception {
    RawWebSocket stalled = connect();
    stalled.pauseReading();
    for (int i = 0; i < OTHERS; i++) {
      connect().countBatches();
    }
    String payload = "x".repeat(256);
    AtomicInteger pushed = new AtomicInteger();

    // The healthy pages set the pace: nothing is pushed while one of them has 40 batches or more
    // unacknowledged (under half of either bound), so only the stalled page can overflow however
    // slow this machine is.
    List<DefaultScriptSession> healthy = clients.stream().skip(1).map(this::session).toList();
    pusher.scheduleAtFixedRate(() -> {
      int unacknowledged = healthy.stream().mapToInt(page -> page.backlog().messages()).max()
          .orElse(0);
      for (int i = 0; i < 10 && pushed.get() < BATCHES && unacknowledged + i < 40; i++) {
        int n = pushed.incrementAndGet();
        encke.allSessions().push(batch -> batch.call(TICKER, "tick", n, payload));
      }
    }, 0, 5, TimeUnit.MILLISECONDS);

    await().atMost(Duration.ofSeconds(60)).until(() -> clients.stream().skip(1)
        .allMatch(client -> client.lastBatchSeq() == BATCHES));
    DefaultScriptSession slow = session(stalled);
    System.out.printf("slow consumer: %d others received %d batches each; the stalled page peaked"
            + " at %d batches, %d bytes (bound %d, %d) and was told to reload%n", OTHERS, BATCHES,
        slow.backlog().peakMessages(), slow.backlog().peakBytes(), MAX_MESSAGES, MAX_BYTES);
    assertThat(clients.stream().skip(1).noneMatch(RawWebSocket::sawBatchOutOfOrder)).isTrue();
    assertThat(slow.backlog().peakMessages()).isLessThanOrEqualTo(MAX_MESSAGES);
    assertThat(slow.backlog().peakBytes()).isLessThanOrEqualTo(MAX_BYTES);
    assertThat(slow.backlog().messages()).isZero();
    assertThat(slow.isReloadRequired()).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> overflowed.equals(Set.of(slow.id())));

    stalled.resumeReading();
    String message;
    do {
      message = stalled.next();
    } while (!message.startsWith("{\"t\":\"reload\""));
    assertThat(message).contains("fell more than 200 messages or 32768 bytes behind");
  }

  private RawWebSocket connect() {
    RawWebSocket client = RawWebSocket.connect(http, encke.uri(), "/ticker.html");
    clients.add(client);
    return client;
  }

  private DefaultScriptSession session(RawWebSocket client) {
    return (DefaultScriptSession) encke.session(client.session()).sessions().get(0);
  }
}
