package dev.encke.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactAckTest {

  @Test
  void readsTheSeqOfTheAckTheClientWrites() {
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":0}")).isZero();
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":9007199254740991}"))
        .isEqualTo(9007199254740991L);
  }

  @Test
  void leavesEveryOtherSpellingToTheJsonParser() {
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":}")).isEqualTo(-1);
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":-1}")).isEqualTo(-1);
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":1.5}")).isEqualTo(-1);
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":12,\"x\":1}")).isEqualTo(-1);
    assertThat(CompactAck.seq("{\"seq\":12,\"t\":\"ack\"}")).isEqualTo(-1);
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":1234567890123456789}")).isEqualTo(-1);
    assertThat(CompactAck.seq("{\"t\":\"ack\",\"seq\":7")).isEqualTo(-1);
  }

  @Test
  void readsTheSameSeqStraightFromTheBytesAndLeavesTheBufferAsItWas() {
    ByteBuffer framed = ByteBuffer.wrap(
        "xx{\"t\":\"ack\",\"seq\":42}yy".getBytes(StandardCharsets.UTF_8), 2, 20).slice();
    framed.position(0);

    assertThat(CompactAck.seq(framed)).isEqualTo(42);
    assertThat(framed.position()).isZero();
    assertThat(framed.remaining()).isEqualTo(20);
  }

  @Test
  void leavesEveryOtherSpellingOfBytesToTheJsonParser() {
    for (String other : new String[] {"{\"t\":\"ack\",\"seq\":}", "{\"t\":\"ack\",\"seq\":-1}",
        "{\"t\":\"ack\",\"seq\":1.5}", "{\"t\":\"ack\",\"seq\":12,\"x\":1}",
        "{\"seq\":12,\"t\":\"ack\"}", "{\"t\":\"ack\",\"seq\":1234567890123456789}",
        "{\"t\":\"ack\",\"seq\":7", "{\"t\":\"akk\",\"seq\":7}"}) {
      assertThat(CompactAck.seq(ByteBuffer.wrap(other.getBytes(StandardCharsets.UTF_8))))
          .as(other).isEqualTo(-1);
    }
  }
}
