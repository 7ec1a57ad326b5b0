package dev.encke.benchmarks.jmh;

import dev.encke.Transport;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Recording;
import dev.encke.internal.session.Connection;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.Outgoing;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionSettings;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The session side of a broadcast, without a network: each of {@code sessions} sessions appends the
 * shared batch to its outbound log and wakes its connection, which pulls and frames what it must
 * write, as Encke's connections do; then the page acknowledges and the log is trimmed. Time per
 * broadcast. {@code resendBacklog} measures a resume: one session hands out the 100 batches its
 * page missed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionPushBenchmark {

  private static final int BACKLOG = 100;

  @Param({"1000"})
  public int sessions;

  private SessionHub hub;
  private DefaultScriptSession[] targets;
  private PullingSink[] connections;
  private DefaultScriptSession behind;
  private PullingSink behindConnection;
  private EncodedBatch batch;
  private long seq;

  @Setup
  public void setUp(Blackhole sink) {
    hub = SessionHub.open(SessionSettings.defaults(), "bench");
    targets = new DefaultScriptSession[sessions];
    connections = new PullingSink[sessions];
    for (int i = 0; i < sessions; i++) {
      targets[i] = hub.hello("/bench", "browser-" + i, false).orElseThrow();
      connections[i] = new PullingSink(targets[i], sink);
      targets[i].attach(connections[i], 0);
    }
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(JsRef.global("bench"), "tick", Payload.fields(1, 1));
      batch = recording.finish();
    }
    behind = hub.hello("/bench", "browser-behind", false).orElseThrow();
    behindConnection = new PullingSink(behind, sink);
    behind.attach(behindConnection, 0);
    behindConnection.paused = true;
    for (int i = 0; i < BACKLOG; i++) {
      behind.push(batch);
    }
  }

  @TearDown
  public void tearDown() {
    hub.close();
  }

  @Benchmark
  public void pushPullAcknowledge() {
    seq++;
    for (DefaultScriptSession session : targets) {
      session.push(batch);
      session.acknowledge(seq);
    }
  }

  @Benchmark
  public void resendBacklog(Blackhole sink) {
    Outgoing missed = behind.outgoing(behindConnection, 0, BACKLOG);
    sink.consume(missed.frames());
  }

  /** A connection whose writes complete at once: it pulls and frames on every wake. */
  private static final class PullingSink implements Connection {
    private final DefaultScriptSession session;
    private final Blackhole sink;
    private long sentSeq;
    boolean paused;

    PullingSink(DefaultScriptSession session, Blackhole sink) {
      this.session = session;
      this.sink = sink;
    }

    @Override
    public void wake() {
      if (paused) {
        return;
      }
      Outgoing outgoing = session.outgoing(this, sentSeq, 1);
      if (outgoing != null && !outgoing.isEmpty()) {
        for (ByteBuffer frame : outgoing.frames()) {
          sink.consume(frame);
        }
        sentSeq = outgoing.lastSeq();
      }
    }

    @Override
    public void writeNow() {
      wake();
    }

    @Override
    public void heartbeat() {}

    @Override
    public long lastActivity() {
      return System.nanoTime();
    }

    @Override
    public void close(String reason) {}

    @Override
    public Transport transport() {
      return Transport.WEBSOCKET;
    }
  }
}
