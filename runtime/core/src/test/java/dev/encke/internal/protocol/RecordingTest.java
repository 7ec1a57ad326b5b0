package dev.encke.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RecordingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final JsRef UTIL = JsRef.global("dwr", "util");

  @Test
  void callsInOneBlockBecomeOneArrayOfCallOperations() throws Exception {
    EncodedBatch batch;
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(UTIL, "setValue", "price", 42);
      Js.call(UTIL, "setValue", "name", "ACME");
      batch = recording.finish();
    }

    assertThat(batch.commandCount()).isEqualTo(2);
    JsonNode ops = JSON.readTree(batch.operations());
    assertThat(ops.size()).isEqualTo(2);
    assertThat(ops.get(0).toString())
        .isEqualTo("{\"op\":\"call\",\"on\":{\"path\":[\"dwr\",\"util\"]},\"fn\":\"setValue\","
            + "\"args\":[\"price\",42]}");
    assertThat(ops.get(1).get("args").get(1).asText()).isEqualTo("ACME");
  }

  @Test
  void hostileStringsStayJsonStringData() throws Exception {
    String hostile = "</script><img src=x onerror=alert(1)>\u2028\"'";
    EncodedBatch batch;
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(UTIL, "setValue", "price", hostile);
      batch = recording.finish();
    }

    JsonNode arg = JSON.readTree(batch.operations()).get(0).get("args").get(1);
    assertThat(arg.isTextual()).isTrue();
    assertThat(arg.asText()).isEqualTo(hostile);
  }

  @Test
  void argumentsAreCapturedWhenTheCallIsMade() throws Exception {
    List<String> values = new ArrayList<>(List.of("a"));
    EncodedBatch batch;
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(UTIL, "addOptions", "list", values);
      values.add("b");
      batch = recording.finish();
    }

    assertThat(JSON.readTree(batch.operations()).get(0).get("args").get(1).toString())
        .isEqualTo("[\"a\"]");
  }

  @Test
  void anArgumentJacksonCannotEncodeFailsAtTheCallSiteAndLeavesTheBatchIntact() throws Exception {
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(UTIL, "setValue", "ok", 1);
      assertThatThrownBy(() -> Js.call(UTIL, "setValue", "bad", new SelfReferencing()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("cannot encode the arguments of dwr.util.setValue");
      Js.call(UTIL, "setValue", "after", 2);
      EncodedBatch batch = recording.finish();
      assertThat(batch.commandCount()).isEqualTo(2);
      JsonNode ops = JSON.readTree(batch.operations());
      assertThat(ops).hasSize(2);
      assertThat(ops.get(0).at("/args/0").asText()).isEqualTo("ok");
      assertThat(ops.get(1).at("/args/0").asText()).isEqualTo("after");
    }
  }

  @Test
  void aCallOutsideAWithBlockNamesTheMissingBlock() {
    assertThatThrownBy(() -> Js.call(UTIL, "setValue", "price", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside Browser.withAllSessions");
  }

  @Test
  void aNestedBlockRecordsSeparatelyAndTheOuterResumes() {
    try (Recording outer = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(UTIL, "setValue", "outer", 1);
      try (Recording inner = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
        Js.call(UTIL, "setValue", "inner", 2);
        assertThat(inner.finish().commandCount()).isEqualTo(1);
      }
      Js.call(UTIL, "setValue", "outer", 3);
      assertThat(outer.finish().commandCount()).isEqualTo(2);
    }
  }

  @Test
  void aFunctionNameMustBeAnIdentifier() {
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      assertThatThrownBy(() -> Js.call(UTIL, "alert(1)//", "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a JavaScript identifier: \"alert(1)//\"");
    }
  }

  @Test
  void referencesAndCallbacksAmongArgumentsAreMarkedByJsonPointer() throws Exception {
    JsRef element = JsRef.global("document").call("getElementById", "out");
    EncodedBatch batch;
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(UTIL, "watch", element, Map.of("onChange", Js.function(arguments -> { })), "text");
      batch = recording.finish();
    }

    JsonNode op = JSON.readTree(batch.operations()).get(0);
    assertThat(op.get("refs").toString()).isEqualTo("[\"/args/0\"]");
    assertThat(op.get("fns").toString()).isEqualTo("[\"/args/1/onChange\"]");
    assertThat(op.at("/args/0").toString()).isEqualTo(
        "{\"on\":{\"path\":[\"document\"]},\"call\":\"getElementById\",\"args\":[\"out\"]}");
    assertThat(batch.callbacks()).containsOnlyKeys(op.at("/args/1/onChange").asLong());
  }

  @Test
  void aStringThatLooksLikeAReferenceStaysData() throws Exception {
    EncodedBatch batch;
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      Js.call(UTIL, "setValue", "price", Map.of("path", List.of("alert")));
      batch = recording.finish();
    }

    JsonNode op = JSON.readTree(batch.operations()).get(0);
    assertThat(op.has("refs")).isFalse();
    assertThat(op.has("fns")).isFalse();
  }

  @Test
  void aLookupArgumentMustBePlainData() {
    assertThatThrownBy(() -> UTIL.call("byId", JsRef.global("other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be plain data")
        .hasMessageContaining("may be passed as a call argument");
  }

  @Test
  void aValueCanBeAskedOnlyOfOnePage() {
    try (Recording recording = Recording.open(Recording.Audience.MANY_SESSIONS, false)) {
      assertThatThrownBy(() -> Js.callForValue(String.class, UTIL, "getValue", "price"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("dwr.util.getValue(…) returns a value, and a value can come back from one"
              + " page only: call it inside Browser.withSession(…) or a listener, not a block that"
              + " targets many pages");
    }
  }

  @Test
  void aValueAskedInABlockThatThrowsIsCancelled() {
    CompletableFuture<String> value;
    try (Recording recording = Recording.open(Recording.Audience.ONE_SESSION, false)) {
      value = Js.callForValue(String.class, UTIL, "getValue", "price");
    }

    assertThat(value).isCompletedExceptionally();
  }

  /** A bean whose getter returns itself: Jackson refuses the cycle. */
  static final class SelfReferencing {
    public SelfReferencing getSelf() {
      return this;
    }
  }
}
