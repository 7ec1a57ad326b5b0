package dev.encke.benchmarks.jmh;

import dev.encke.benchmarks.kit.Payload;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Recording;
import dev.encke.internal.session.Connection;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-session side of a broadcast, without a network: each session numbers the shared batch,
 * keeps it in its outbound log and hands the frame to its connection, then the page acknowledges it.
 * Time per broadcast to {@code sessions} sessions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionPushBenchmark {

  @Param({"1000"})
  public int sessions;

  private DefaultScriptSession[] targets;
  private EncodedBatch batch;
  private long seq;

  @Setup
  public void setUp(Blackhole sink) {
    targets = new DefaultScriptSession[sessions];
    Connection connection = new Connection() {
      @Override
      public void send(ByteBuffer frame) {
        sink.consume(frame);
      }

      @Override
      public void close() {}
    };
    for (int i = 0; i < sessions; i++) {
      targets[i] = new DefaultScriptSession(
          "session-" + i, "/bench", Instant.now(), Duration.ofSeconds(10), Runnable::run);
      targets[i].attach(connection);
    }
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS)) {
      Js.call(JsRef.global("bench"), "tick", Payload.fields(1, 1));
      batch = recording.finish();
    }
  }

  @Benchmark
  public void pushAndAcknowledge() {
    seq++;
    for (DefaultScriptSession session : targets) {
      session.push(batch);
      session.acknowledge(seq);
    }
  }
}
