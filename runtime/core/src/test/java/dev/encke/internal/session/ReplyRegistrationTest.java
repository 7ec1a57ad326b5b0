package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.internal.protocol.PendingReply;
import dev.encke.js.JsRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A page that answers as fast as it can must always find its reply awaited. */
class ReplyRegistrationTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static final int BATCHES = 100;
  private static final int ASKS_PER_BATCH = 100;

  private final SessionHub hub = SessionHub.open(settings(), "reply hub");

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void aReplyThatComesBackTheMomentTheBatchIsVisibleIsAwaited() throws Exception {
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    EagerPage page = new EagerPage(session);
    session.attach(page, 0);
    Thread answering = new Thread(page::answerUntilStopped, "eager page");
    answering.start();
    List<CompletableFuture<Integer>> futures = new CopyOnWriteArrayList<>();

    try {
      for (int i = 0; i < BATCHES; i++) {
        hub.session(session.id()).push(batch -> {
          for (int ask = 0; ask < ASKS_PER_BATCH; ask++) {
            futures.add(batch.callForValue(Integer.class, PROBE, "value"));
          }
        });
      }
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
          .handle((value, failure) -> null).get(30, TimeUnit.SECONDS);
    } finally {
      page.stop();
      answering.join();
    }
    assertThat(page.rejections).isEmpty();
    assertThat(futures).allSatisfy(future -> assertThat(future).isCompletedWithValue(7));
  }

  private static SessionSettings settings() {
    return SessionSettings.builder()
        .outboundLimit(100_000, 1L << 30)
        .maxMessagesPerSecond(1_000_000_000)
        .build();
  }

  /**
   * Pulls whatever the session holds, spinning, and answers every reply at once, the batch's last
   * first, so that it answers while the pushing thread may still be busy with that batch.
   */
  private static final class EagerPage extends IdleConnection {
    private final DefaultScriptSession session;
    private final UplinkDispatcher uplink = new UplinkDispatcher();
    private final AtomicBoolean stopped = new AtomicBoolean();
    final List<String> rejections = new CopyOnWriteArrayList<>();
    private long sentSeq;

    EagerPage(DefaultScriptSession session) {
      super(session);
      this.session = session;
    }

    void answerUntilStopped() {
      while (!stopped.get()) {
        Outgoing outgoing = session.outgoing(this, sentSeq, 64);
        if (outgoing == null || outgoing.isEmpty()) {
          Thread.onSpinWait();
          continue;
        }
        for (OutboundLog.Entry entry : outgoing.batches()) {
          List<PendingReply> asked = entry.batch().replies();
          for (int i = asked.size() - 1; i >= 0; i--) {
            String reply = "{\"t\":\"reply\",\"id\":" + asked.get(i).id() + ",\"value\":7}";
            uplink.dispatch(session, reply).ifPresent(rejections::add);
          }
        }
        sentSeq = outgoing.lastSeq();
        session.acknowledge(sentSeq);
      }
    }

    void stop() {
      stopped.set(true);
    }
  }
}
