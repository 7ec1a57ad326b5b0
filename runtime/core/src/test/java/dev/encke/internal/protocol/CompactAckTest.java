package dev.encke.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactAckTest {

  @Test
  void readsTheSeqOfTheAckTheClientWrites() {
    assertThat(seq("{\"t\":\"ack\",\"seq\":0}")).isZero();
    assertThat(seq("{\"t\":\"ack\",\"seq\":9007199254740991}")).isEqualTo(9007199254740991L);
    assertThat(seq("{\"t\":\"ack\",\"seq\":41,\"held\":950}")).isEqualTo(41);
  }

  @Test
  void readsHowLongThePageHeldTheAckAndZeroWhenItDoesNotSay() {
    assertThat(held("{\"t\":\"ack\",\"seq\":41,\"held\":950}")).isEqualTo(950);
    assertThat(held("{\"t\":\"ack\",\"seq\":41,\"held\":0}")).isZero();
    assertThat(held("{\"t\":\"ack\",\"seq\":41}")).isZero();
  }

  @Test
  void leavesEveryOtherSpellingToTheJsonParser() {
    for (String other : new String[] {"{\"t\":\"ack\",\"seq\":}", "{\"t\":\"ack\",\"seq\":-1}",
        "{\"t\":\"ack\",\"seq\":1.5}", "{\"t\":\"ack\",\"seq\":12,\"x\":1}",
        "{\"seq\":12,\"t\":\"ack\"}", "{\"t\":\"ack\",\"seq\":1234567890123456789}",
        "{\"t\":\"ack\",\"seq\":7", "{\"t\":\"akk\",\"seq\":7}", "{\"t\":\"ack\",\"seq\":7,\"held\":}",
        "{\"t\":\"ack\",\"seq\":7,\"held\":-5}", "{\"t\":\"ack\",\"seq\":7,\"held\":5,\"x\":1}",
        "{\"t\":\"ack\",\"seq\":,\"held\":5}", "{\"t\":\"ack\",\"seq\":7,\"held\":5",
        "{\"t\":\"ack\",\"seq\":7,\"held\":1234567890123456789}", "{\"t\":\"ack\",\"seq\""}) {
      assertThat(seq(other)).as(other).isEqualTo(-1);
    }
  }

  @Test
  void readsTheBytesOfItsSliceAndLeavesTheBufferAsItWas() {
    ByteBuffer framed = ByteBuffer.wrap(
        "xx{\"t\":\"ack\",\"seq\":42,\"held\":7}yy".getBytes(StandardCharsets.UTF_8), 2, 29)
        .slice();
    framed.position(0);

    assertThat(CompactAck.seq(framed)).isEqualTo(42);
    assertThat(CompactAck.heldMillis(framed)).isEqualTo(7);
    assertThat(framed.position()).isZero();
    assertThat(framed.remaining()).isEqualTo(29);
  }

  private static long seq(String message) {
    return CompactAck.seq(bytes(message));
  }

  private static long held(String message) {
    return CompactAck.heldMillis(bytes(message));
  }

  private static ByteBuffer bytes(String message) {
    return ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8));
  }
}
