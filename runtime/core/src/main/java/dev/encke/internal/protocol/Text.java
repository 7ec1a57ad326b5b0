package dev.encke.internal.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text as the protocol handles it: strict UTF-8, and hostile text quoted briefly. */
public final class Text {

  private Text() {}

  /**
   * Decodes {@code bytes} as UTF-8, refusing malformed input rather than replacing it.
   *
   * @throws CharacterCodingException when the bytes are not UTF-8
   */
  public static String decodeUtf8(ByteBuffer bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(bytes).toString();
  }

  /**
   * At most {@code max} characters of {@code text}, ending in {@code ...} when cut, so that a
   * hostile message cannot flood an error or a log.
   */
  public static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
