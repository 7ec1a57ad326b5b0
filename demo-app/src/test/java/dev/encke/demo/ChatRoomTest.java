package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatRoomTest {

  @Test
  void aLongLineIsCutAtACodePointNeverInsideASurrogatePair() {
    String line = "a" + "\ud83d\ude00".repeat(600);

    String cut = ChatRoom.cut(line, ChatRoom.MAX_MESSAGE_CODE_POINTS);

    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(ChatRoom.MAX_MESSAGE_CODE_POINTS);
    assertThat(cut).startsWith("a\ud83d\ude00").endsWith("\ud83d\ude00");
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
  }

  @Test
  void aLineWithinTheLimitIsKeptWhole() {
    assertThat(ChatRoom.cut("hello \ud83d\ude00", 7)).isEqualTo("hello \ud83d\ude00");
  }
}
