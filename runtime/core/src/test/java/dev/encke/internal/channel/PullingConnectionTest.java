package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Transport;
import dev.encke.internal.host.Completion;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionIds;
import dev.encke.internal.session.SessionSettings;
import dev.encke.js.JsRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PullingConnectionTest {

  private static final JsRef PROBE = JsRef.global("probe");

  private final SessionHub hub = SessionHub.open(SessionSettings.defaults(), "test hub");

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void oneWriteIsInFlightAndPushesMeanwhileLeaveTogetherWhenItCompletes() {
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    StalledWrites connection = new StalledWrites(session, 0);
    session.attach(connection, 0);
    push(session, 1);

    push(session, 2);
    push(session, 3);

    assertThat(connection.writes).hasSize(1);
    assertThat(connection.writes.get(0)).containsExactly("{\"t\":\"hb\"}");
    connection.completeLast();
    assertThat(connection.writes).hasSize(2);
    assertThat(connection.writes.get(1)).extracting(frame -> frame.substring(0, 22))
        .containsExactly("{\"t\":\"batch\",\"seq\":1,\"", "{\"t\":\"batch\",\"seq\":2,\"",
            "{\"t\":\"batch\",\"seq\":3,\"");
    connection.completeLast();
    assertThat(connection.writes).hasSize(2);
  }

  @Test
  void aReplacedConnectionStopsWritingAndTheNewOneResumesAfterTheAppliedSeq() {
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    StalledWrites first = new StalledWrites(session, 0);
    session.attach(first, 0);
    push(session, 1);
    push(session, 2);

    StalledWrites second = new StalledWrites(session, 1);
    session.attach(second, 1);
    first.completeLast();
    second.completeLast();

    assertThat(first.closed).isTrue();
    assertThat(first.writes).hasSize(1);
    assertThat(second.writes).hasSize(1);
    assertThat(second.writes.get(0)).extracting(frame -> frame.substring(0, 22))
        .containsExactly("{\"t\":\"batch\",\"seq\":2,\"");
  }

  @Test
  void closingWhileAWriteIsInFlightEndsTheConnectionOnlyAfterThatWriteCompleted() {
    DefaultScriptSession session = hub.hello("/a.html", SessionIds.next(), false).orElseThrow();
    StalledWrites connection = new StalledWrites(session, 0);
    session.attach(connection, 0);
    push(session, 1);

    connection.close("the page left");

    assertThat(connection.releasedWithWriteInFlight).isFalse();
    assertThat(connection.closed).isFalse();
    connection.completeLast();
    assertThat(connection.closed).isTrue();
    assertThat(connection.releasedWithWriteInFlight).isFalse();
    assertThat(connection.writes).hasSize(1);
  }

  private void push(DefaultScriptSession session, int n) {
    hub.session(session.id()).push(batch -> batch.call(PROBE, "apply", n));
  }

  /** Records each write and completes it only when the test says so. */
  private static final class StalledWrites extends PullingConnection {
    final List<List<String>> writes = new ArrayList<>();
    Completion pending;
    boolean closed;
    boolean releasedWithWriteInFlight;

    StalledWrites(DefaultScriptSession session, long appliedSeq) {
      super(session, Transport.STREAMING, appliedSeq, 64, true, Runnable::run);
    }

    @Override
    protected void write(List<ByteBuffer> frames, Completion done) {
      writes.add(frames.stream().map(f -> StandardCharsets.UTF_8.decode(f).toString())
          .collect(Collectors.toList()));
      pending = done;
    }

    void completeLast() {
      Completion done = pending;
      pending = null;
      done.succeeded();
    }

    @Override
    protected void end(String reason) {
      releasedWithWriteInFlight |= pending != null;
      closed = true;
    }

    @Override
    protected void abort(Throwable cause) {
      end("aborted: " + cause);
    }
  }
}
