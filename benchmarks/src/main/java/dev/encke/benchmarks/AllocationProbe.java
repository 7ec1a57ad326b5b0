package dev.encke.benchmarks;

import dev.encke.Transport;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.internal.channel.PullingConnection;
import dev.encke.internal.host.Completion;
import dev.encke.internal.protocol.CompactAck;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionSettings;
import dev.encke.internal.session.UplinkDispatcher;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes the JVM allocates, on every thread, per delivery of a push: a broadcast to {@code sessions}
 * sessions, a push to one session, and a page's compact ack (read from its frame, as a socket does;
 * the page's rate budgets, which allocate nothing, are left out so the probe can run flat out), through the real session, log and
 * {@link PullingConnection}, with writes that complete at once on a pool of two writer threads.
 * Allocation, unlike time, does not change with the load of a shared machine, so a change that
 * removes allocations shows here whatever else runs.
 *
 * <p>Usage: {@code AllocationProbe [sessions] [rounds]}.
 */
public final class AllocationProbe {

  private static final JsRef BENCH = JsRef.global("bench");

  private AllocationProbe() {}

  public static void main(String[] args) throws Exception {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try (SessionHub hub = SessionHub.open(SessionSettings.defaults(), "probe")) {
      DefaultScriptSession[] targets = new DefaultScriptSession[sessions];
      Sink[] sinks = new Sink[sessions];
      for (int i = 0; i < sessions; i++) {
        targets[i] = hub.hello("/probe", "browser-" + i, false).orElseThrow();
        sinks[i] = new Sink(targets[i], writers);
        targets[i].attach(sinks[i], 0);
      }
      awaitWritten(sinks, 1);
      UplinkDispatcher uplink = new UplinkDispatcher();
      long[] seq = {0};
      Runnable broadcast = () -> {
        long n = ++seq[0];
        hub.allSessions().run(() -> Js.call(BENCH, "tick", Payload.fields(n, System.nanoTime())));
        awaitWritten(sinks, n + 1);
      };
      Runnable acks = () -> {
        for (DefaultScriptSession session : targets) {
          ack(uplink, session, seq[0]);
        }
      };
      for (int i = 0; i < rounds / 4; i++) {
        broadcast.run();
        acks.run();
      }
      double perBroadcast = measure(rounds, broadcast, acks, true) / sessions;
      double perAck = measure(rounds, broadcast, acks, false) / sessions;
      String one = targets[0].id();
      Runnable targeted = () -> {
        long n = ++seq[0];
        hub.requireSession(one).run(() -> Js.call(BENCH, "tick", Payload.fields(n, 0)));
        awaitWritten(new Sink[] {sinks[0]}, n + 1);
        ack(uplink, targets[0], n);
      };
      for (int i = 0; i < rounds * 10; i++) {
        targeted.run();
      }
      long before = allocated();
      for (int i = 0; i < rounds * 10; i++) {
        targeted.run();
      }
      double perTargeted = (allocated() - before) / (double) (rounds * 10);
      System.out.printf("allocated per delivery of a broadcast to %d sessions: %.0f B%n",
          sessions, perBroadcast);
      System.out.printf("allocated per compact ack: %.0f B%n", perAck);
      System.out.printf("allocated per targeted push, written and acknowledged: %.0f B%n",
          perTargeted);
    } finally {
      writers.shutdownNow();
    }
  }

  /** Allocated bytes per round of broadcasts (or of acks), the other half run but not counted. */
  private static double measure(int rounds, Runnable broadcast, Runnable acks, boolean pushes) {
    long counted = 0;
    for (int i = 0; i < rounds; i++) {
      long before = allocated();
      broadcast.run();
      long between = allocated();
      acks.run();
      long after = allocated();
      counted += pushes ? between - before : after - between;
    }
    return counted / (double) rounds;
  }

  private static void ack(UplinkDispatcher uplink, DefaultScriptSession session, long seq) {
    ByteBuffer frame = ByteBuffer.wrap(
        ("{\"t\":\"ack\",\"seq\":" + seq + "}").getBytes(StandardCharsets.UTF_8));
    long acked = CompactAck.seq(frame);
    if (acked != seq || uplink.acknowledge(session, acked, CompactAck.heldMillis(frame)).isPresent()) {
      throw new IllegalStateException("ack of " + seq + " refused");
    }
  }

  private static long allocated() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  private static void awaitWritten(Sink[] sinks, long frames) {
    for (Sink sink : sinks) {
      while (sink.frames.get() < frames) {
        Thread.onSpinWait();
      }
    }
  }

  /** A connection whose writes complete at once, counting the frames. */
  private static final class Sink extends PullingConnection {
    final AtomicLong frames = new AtomicLong();

    Sink(DefaultScriptSession session, ExecutorService writers) {
      super(session, Transport.WEBSOCKET, 0, 16, true, writers);
    }

    @Override
    protected void write(List<ByteBuffer> written, Completion done) {
      frames.addAndGet(written.size());
      done.succeeded();
    }

    @Override
    protected void end(String reason) {}

    @Override
    protected void abort(Throwable cause) {}
  }
}
