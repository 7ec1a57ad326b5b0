package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Transport;
import dev.encke.internal.host.Completion;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionIds;
import dev.encke.internal.session.SessionSettings;
import dev.encke.internal.session.WakeGroup;
import dev.encke.js.JsRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How pushes reach the writing: grouped for a delivery to many pages, inline for one idle page. */
class WakeUpTest {

  private static final JsRef PROBE = JsRef.global("probe");
  private static final int PAGES = 100;

  private final SessionHub hub = SessionHub.open(SessionSettings.defaults(), "test hub");
  private final QueuedPool pool = new QueuedPool();

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void aBroadcastWakesItsPagesInGroupsAndEachPageGetsEveryBatchInOrder() {
    List<Recorded> pages = attachPages();

    for (int n = 1; n <= 3; n++) {
      int value = n;
      hub.allSessions().push(batch -> batch.call(PROBE, "apply", value));
      assertThat(pool.queued()).isEqualTo((PAGES + WakeGroup.SIZE - 1) / WakeGroup.SIZE);
      pool.runAll();
    }

    for (Recorded page : pages) {
      assertThat(page.seqs()).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void broadcastsQueuedBeforeTheWritersRunLeaveTogetherInOneWritePerPage() {
    List<Recorded> pages = attachPages();

    for (int n = 1; n <= 3; n++) {
      int value = n;
      hub.allSessions().push(batch -> batch.call(PROBE, "apply", value));
    }
    assertThat(pool.queued()).isEqualTo((PAGES + WakeGroup.SIZE - 1) / WakeGroup.SIZE);
    pool.runAll();

    for (Recorded page : pages) {
      assertThat(page.writes).hasSize(2);
      assertThat(page.seqs()).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void aPushToOneIdlePageIsWrittenOnThePushingThreadWithoutThePool() {
    Recorded page = attach(SessionIds.next());
    pool.runAll();

    hub.session(page.session().id()).push(batch -> batch.call(PROBE, "apply", 1));

    assertThat(pool.queued()).isZero();
    assertThat(page.seqs()).containsExactly(1L);
    assertThat(page.writers).containsOnly(Thread.currentThread());
  }

  @Test
  void aPushToOnePageWhileItsWriteIsInFlightLeavesWithTheNextWriteWhenThatCompletes() {
    Recorded page = attach(SessionIds.next());
    pool.runAll();
    page.stall = true;
    hub.session(page.session().id()).push(batch -> batch.call(PROBE, "apply", 1));

    hub.session(page.session().id()).push(batch -> batch.call(PROBE, "apply", 2));
    hub.session(page.session().id()).push(batch -> batch.call(PROBE, "apply", 3));

    assertThat(page.writes).hasSize(2);
    page.stall = false;
    page.completeLast();
    assertThat(pool.queued()).isZero();
    assertThat(page.writes).hasSize(3);
    assertThat(page.seqs()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aPushToOnePageWithAWakeUpQueuedLeavesWithThatWakeUp() {
    Recorded page = attach(SessionIds.next());
    hub.session(page.session().id()).push(batch -> batch.call(PROBE, "apply", 1));

    assertThat(page.writes).isEmpty();
    pool.runAll();
    assertThat(page.writes).hasSize(1);
    assertThat(page.seqs()).containsExactly(1L);
  }

  /** {@link #PAGES} attached pages, each past its first write. */
  private List<Recorded> attachPages() {
    List<Recorded> pages = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      pages.add(attach(SessionIds.next()));
    }
    pool.runAll();
    return pages;
  }

  private Recorded attach(String browser) {
    DefaultScriptSession session = hub.hello("/a.html", browser, false).orElseThrow();
    Recorded connection = new Recorded(session, pool);
    session.attach(connection, 0);
    return connection;
  }

  /** A pool whose tasks run only when the test says so. */
  private static final class QueuedPool implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    int queued() {
      return tasks.size();
    }

    void runAll() {
      for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
        task.run();
      }
    }
  }

  /** Records each write and its thread; completes it at once unless stalled. */
  private static final class Recorded extends PullingConnection {
    final List<List<String>> writes = new ArrayList<>();
    final List<Thread> writers = new ArrayList<>();
    boolean stall;
    private Completion pending;

    Recorded(DefaultScriptSession session, Executor pool) {
      super(session, Transport.WEBSOCKET, 0, 16, true, pool);
    }

    @Override
    protected void write(List<ByteBuffer> frames, Completion done) {
      List<String> texts = new ArrayList<>();
      frames.forEach(frame -> texts.add(StandardCharsets.UTF_8.decode(frame).toString()));
      writes.add(texts);
      writers.add(Thread.currentThread());
      if (stall) {
        pending = done;
      } else {
        done.succeeded();
      }
    }

    void completeLast() {
      Completion done = pending;
      pending = null;
      done.succeeded();
    }

    /** The seqs of the batch frames written, in order. */
    List<Long> seqs() {
      List<Long> seqs = new ArrayList<>();
      for (List<String> write : writes) {
        for (String frame : write) {
          if (frame.startsWith("{\"t\":\"batch\",\"seq\":")) {
            String digits = frame.substring(19, frame.indexOf(',', 19));
            seqs.add(Long.parseLong(digits));
          }
        }
      }
      return seqs;
    }

    @Override
    protected void end(String reason) {}

    @Override
    protected void abort(Throwable cause) {}
  }
}
