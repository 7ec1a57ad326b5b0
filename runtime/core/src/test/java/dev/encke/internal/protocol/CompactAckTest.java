package dev.encke.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

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
}
