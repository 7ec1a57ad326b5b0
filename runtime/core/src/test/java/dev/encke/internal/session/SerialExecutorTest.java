package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void tasksAfterOneThatThrewAnErrorStillRunInOrder() throws InterruptedException {
    SerialExecutor serial = new SerialExecutor(pool);
    List<Integer> ran = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(1);

    serial.execute(() -> ran.add(1));
    serial.execute(() -> {
      throw new AssertionError("a listener failed with an Error");
    });
    serial.execute(() -> ran.add(3));
    serial.execute(done::countDown);

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).containsExactly(1, 3);
  }

  @Test
  void aTaskSubmittedAfterTheFailingOneHasDrainedStillRuns() throws InterruptedException {
    SerialExecutor serial = new SerialExecutor(pool);
    CountDownLatch failed = new CountDownLatch(1);
    CountDownLatch later = new CountDownLatch(1);

    serial.execute(() -> {
      failed.countDown();
      throw new StackOverflowError("deep recursion in user code");
    });
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    serial.execute(later::countDown);

    assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void tasksNeverRunOnTheSubmittingThread() throws InterruptedException {
    SerialExecutor serial = new SerialExecutor(pool);
    Thread submitter = Thread.currentThread();
    List<Thread> runners = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(3);

    for (int i = 0; i < 3; i++) {
      serial.execute(() -> {
        runners.add(Thread.currentThread());
        done.countDown();
      });
    }

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(runners).doesNotContain(submitter);
  }

  @Test
  void aPageWithManyTasksGivesItsThreadUpSoThatAnotherPageRunsMeanwhile()
      throws InterruptedException {
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      SerialExecutor flooding = new SerialExecutor(oneThread);
      SerialExecutor quiet = new SerialExecutor(oneThread);
      List<String> ran = new CopyOnWriteArrayList<>();
      CountDownLatch hold = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(1);
      flooding.execute(() -> await(hold));
      for (int i = 0; i < 3 * SerialExecutor.TURN; i++) {
        flooding.execute(() -> ran.add("flood"));
      }
      quiet.execute(() -> ran.add("quiet"));
      flooding.execute(done::countDown);

      hold.countDown();

      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(ran.indexOf("quiet")).isLessThan(SerialExecutor.TURN + 1);
    } finally {
      oneThread.shutdownNow();
    }
  }

  @Test
  void tryExecuteRefusesATaskWhenTheLimitWaitsAlready() throws InterruptedException {
    SerialExecutor serial = new SerialExecutor(pool);
    CountDownLatch hold = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    serial.execute(() -> {
      started.countDown();
      await(hold);
    });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    boolean first = serial.tryExecute(() -> { }, 2);
    boolean second = serial.tryExecute(() -> { }, 2);
    boolean third = serial.tryExecute(() -> { }, 2);
    hold.countDown();

    assertThat(List.of(first, second, third)).containsExactly(true, true, false);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
