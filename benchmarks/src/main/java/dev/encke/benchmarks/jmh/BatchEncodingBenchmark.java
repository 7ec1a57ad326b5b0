package dev.encke.benchmarks.jmh;

import dev.encke.benchmarks.kit.Payload;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.Recording;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of one broadcast's encoding for {@code sessions} pages: Encke's way, which encodes the
 * batch once and frames it per session with only the {@code seq} header, against encoding it anew
 * for every session. Time per broadcast.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchEncodingBenchmark {

  private static final JsRef BENCH = JsRef.global("bench");

  @Param({"1000"})
  public int sessions;

  private long n;

  @Benchmark
  public void encodeOnceFramePerSession(Blackhole sink) {
    EncodedBatch batch = record(Recording.Audience.MANY_SESSIONS, ++n);
    for (int seq = 1; seq <= sessions; seq++) {
      sink.consume(Frames.batch(seq, batch));
    }
  }

  @Benchmark
  public void encodePerSession(Blackhole sink) {
    long number = ++n;
    for (int seq = 1; seq <= sessions; seq++) {
      sink.consume(Frames.batch(seq, record(Recording.Audience.ONE_SESSION, number)));
    }
  }

  private static EncodedBatch record(Recording.Audience audience, long number) {
    try (Recording recording = Recording.open(audience, false)) {
      Js.call(BENCH, "tick", Payload.fields(number, number));
      return recording.finish();
    }
  }
}
