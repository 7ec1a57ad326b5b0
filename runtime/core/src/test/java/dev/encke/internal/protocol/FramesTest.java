package dev.encke.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aBatchFrameWrapsTheSharedOperationsWithTheSessionsSequenceNumber() throws Exception {
    EncodedBatch batch;
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(JsRef.global("probe"), "setText", "out", "hi");
      batch = recording.finish();
    }

    JsonNode first = parse(Frames.batch(7, batch));
    JsonNode second = parse(Frames.batch(8, batch));

    assertThat(first.get("t").asText()).isEqualTo("batch");
    assertThat(first.get("seq").asLong()).isEqualTo(7);
    assertThat(second.get("seq").asLong()).isEqualTo(8);
    assertThat(first.get("ops")).isEqualTo(JSON.readTree(batch.operations()));
    assertThat(second.get("ops")).isEqualTo(first.get("ops"));
  }

  @Test
  void theSequenceNumberIsWrittenInFullWhateverItsLength() throws Exception {
    EncodedBatch batch;
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(JsRef.global("probe"), "apply", 1);
      batch = recording.finish();
    }

    for (long seq : new long[] {0, 9, 10, 99, 100, 1_234_567_890_123L, Long.MAX_VALUE}) {
      String frame = StandardCharsets.UTF_8.decode(Frames.batch(seq, batch)).toString();
      assertThat(frame).isEqualTo("{\"t\":\"batch\",\"seq\":" + seq + ",\"ops\":"
          + new String(batch.operations(), StandardCharsets.UTF_8) + "}");
    }
  }

  @Test
  void anErrorFrameQuotesTheReasonAsJsonText() throws Exception {
    JsonNode error = parse(Frames.error("bad \"seq\""));

    assertThat(error.get("t").asText()).isEqualTo("error");
    assertThat(error.get("reason").asText()).isEqualTo("bad \"seq\"");
  }

  @Test
  void framesWrittenAtOnceLeaveAsOneMessageALineEachAndAFrameAloneAsItIs() {
    ByteBuffer first = Frames.error("one");
    ByteBuffer alone = Frames.heartbeat();

    ByteBuffer lines = Frames.lines(List.of(first, Frames.heartbeat()));

    assertThat(StandardCharsets.UTF_8.decode(lines).toString())
        .isEqualTo("{\"t\":\"error\",\"reason\":\"one\"}\n{\"t\":\"hb\"}");
    assertThat(first.position()).isZero();
    assertThat(Frames.lines(List.of(alone))).isSameAs(alone);
  }

  private static JsonNode parse(ByteBuffer frame) throws Exception {
    return JSON.readTree(StandardCharsets.UTF_8.decode(frame).toString());
  }
}
