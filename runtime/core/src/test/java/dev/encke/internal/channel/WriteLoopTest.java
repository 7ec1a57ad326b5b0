package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.internal.host.Completion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WriteLoopTest {

  @Test
  void aWriteThatCompletesInsideProcessLoopsWithoutRecursing() {
    Loop loop = new Loop(1000, Completion::succeeded);

    loop.iterate();

    assertThat(loop.written.get()).isEqualTo(1000);
    assertThat(loop.maxDepth).isEqualTo(1);
    assertThat(loop.isDone()).isFalse();
  }

  @Test
  void iterateWhileAWriteIsInFlightWaitsForItsCompletion() {
    List<Completion> pending = new ArrayList<>();
    Loop loop = new Loop(3, pending::add);

    loop.iterate();
    loop.iterate();
    loop.iterate();

    assertThat(loop.written.get()).isEqualTo(1);
    pending.remove(0).succeeded();
    assertThat(loop.written.get()).isEqualTo(2);
    pending.remove(0).succeeded();
    pending.remove(0).succeeded();
    assertThat(loop.written.get()).isEqualTo(3);
    assertThat(pending).isEmpty();
  }

  @Test
  void aFailedWriteEndsTheLoopOnceAndLaterCallsDoNothing() {
    List<Completion> pending = new ArrayList<>();
    Loop loop = new Loop(5, pending::add);
    loop.iterate();

    pending.remove(0).failed(new IllegalStateException("reset by peer"));
    loop.iterate();

    assertThat(loop.failures).hasSize(1);
    assertThat(loop.isDone()).isTrue();
    assertThat(loop.written.get()).isEqualTo(1);
  }

  @Test
  void writesFromManyThreadsNeverOverlapAndNoneIsLost() throws Exception {
    BlockingQueue<Completion> inFlight = new ArrayBlockingQueue<>(1);
    AtomicInteger wanted = new AtomicInteger();
    Loop loop = new Loop(wanted, inFlight::add);
    Thread completer = new Thread(() -> {
      try {
        for (int i = 0; i < 2_000; i++) {
          inFlight.take().succeeded();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    completer.start();
    CountDownLatch pushers = new CountDownLatch(4);
    for (int t = 0; t < 4; t++) {
      new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          wanted.incrementAndGet();
          loop.iterate();
        }
        pushers.countDown();
      }).start();
    }

    assertThat(pushers.await(20, TimeUnit.SECONDS)).isTrue();
    completer.join(20_000);

    assertThat(loop.written.get()).isEqualTo(2_000);
    assertThat(loop.overlapped).isFalse();
  }

  /** Writes while it has something wanted; each write goes to {@code writer}. */
  private static final class Loop extends WriteLoop {
    final AtomicInteger written = new AtomicInteger();
    final List<Throwable> failures = new ArrayList<>();
    private final AtomicInteger wanted;
    private final java.util.function.Consumer<Completion> writer;
    private final AtomicInteger depth = new AtomicInteger();
    private volatile boolean writing;
    volatile boolean overlapped;
    int maxDepth;

    Loop(int wanted, java.util.function.Consumer<Completion> writer) {
      this(new AtomicInteger(wanted), writer);
    }

    Loop(AtomicInteger wanted, java.util.function.Consumer<Completion> writer) {
      this.wanted = wanted;
      this.writer = writer;
    }

    @Override
    protected Action process() {
      maxDepth = Math.max(maxDepth, depth.incrementAndGet());
      try {
        if (written.get() >= wanted.get()) {
          return Action.IDLE;
        }
        overlapped |= writing;
        writing = true;
        written.incrementAndGet();
        writer.accept(Completion.of(() -> {
          writing = false;
          succeeded();
        }, failure -> {
          writing = false;
          failed(failure);
        }));
        return Action.SCHEDULED;
      } finally {
        depth.decrementAndGet();
      }
    }

    @Override
    protected void onFailure(Throwable cause) {
      failures.add(cause);
    }
  }
}
