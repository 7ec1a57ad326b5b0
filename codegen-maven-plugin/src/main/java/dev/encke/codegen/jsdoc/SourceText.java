package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.Location;
import java.nio.file.Path;
import java.util.Arrays;

/** A definition file's text, able to turn a character offset into a 1-based line and column. */
final class SourceText {

  private final Path file;
  private final String text;
  private final int[] lineStarts;

  SourceText(Path file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = computeLineStarts(text);
  }

  private static int[] computeLineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  Path file() {
    return file;
  }

  String text() {
    return text;
  }

  /**
   * The JSDoc comment that documents what starts at {@code end}: the last {@code /** … *}{@code /}
   * between {@code start} and {@code end}, parsed, or {@link JsDoc#NONE}. The text between two
   * statements, or two properties of an object literal, holds only white space, comments and
   * punctuation, so scanning it needs no JavaScript lexer.
   *
   * @throws JsDocSyntaxException when the comment's tags are malformed
   */
  JsDoc jsDocBetween(int start, int end) {
    int commentStart = -1;
    int commentEnd = -1;
    int i = Math.max(0, start);
    int limit = Math.min(end, text.length());
    while (i < limit) {
      if (text.startsWith("//", i)) {
        int newline = text.indexOf('\n', i);
        i = newline < 0 || newline > limit ? limit : newline + 1;
      } else if (text.startsWith("/*", i)) {
        int close = text.indexOf("*/", i + 2);
        int after = close < 0 || close + 2 > limit ? limit : close + 2;
        if (text.startsWith("/**", i) && !text.startsWith("/**/", i) && close >= 0) {
          commentStart = i;
          commentEnd = after;
        }
        i = after;
      } else {
        i++;
      }
    }
    return commentStart < 0
        ? JsDoc.NONE
        : JsDocParser.parse(text.substring(commentStart, commentEnd), commentStart);
  }

  /** The source of {@code [start, end)} on one line, shortened for messages. */
  String excerpt(int start, int end) {
    String excerpt = text.substring(Math.max(0, start), Math.min(end, text.length()))
        .replaceAll("\\s+", " ").strip();
    return excerpt.length() > 60 ? excerpt.substring(0, 57) + "..." : excerpt;
  }

  Location locationOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new Location(file, line + 1, offset - lineStarts[line] + 1);
  }
}
