package dev.encke.codegen.jsdoc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code /** … *}{@code /} comment into its description and block tags. Leading {@code *}
 * decoration is removed; every character keeps its offset in the file so that problems can be
 * located exactly.
 */
final class JsDocParser {

  private JsDocParser() {}

  /**
   * Parses {@code comment}, which starts at {@code commentOffset} in its file.
   *
   * @throws JsDocSyntaxException when a tag's type has unbalanced braces
   */
  static JsDoc parse(String comment, int commentOffset) {
    List<int[]> lines = contentLines(comment);
    StringBuilder description = new StringBuilder();
    List<JsDoc.Tag> tags = new ArrayList<>();
    TagBuilder current = null;
    for (int[] range : lines) {
      String content = comment.substring(range[0], range[1]);
      String trimmed = content.strip();
      if (trimmed.startsWith("@")) {
        if (current != null) {
          tags.add(current.build());
        }
        int at = range[0] + content.indexOf('@');
        current = new TagBuilder(comment, at, range[1], commentOffset);
      } else if (current != null) {
        current.continueWith(trimmed);
      } else {
        appendLine(description, trimmed);
      }
    }
    if (current != null) {
      tags.add(current.build());
    }
    return new JsDoc(description.toString().strip(), tags);
  }

  /** Start and end index, in {@code comment}, of each line's content after the decoration. */
  private static List<int[]> contentLines(String comment) {
    int start = comment.startsWith("/**") ? 3 : 0;
    int end = comment.endsWith("*/") ? comment.length() - 2 : comment.length();
    List<int[]> lines = new ArrayList<>();
    int lineStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || comment.charAt(i) == '\n') {
        int contentStart = lineStart;
        while (contentStart < i && Character.isWhitespace(comment.charAt(contentStart))) {
          contentStart++;
        }
        if (contentStart < i && comment.charAt(contentStart) == '*') {
          contentStart++;
        }
        lines.add(new int[] {contentStart, i});
        lineStart = i + 1;
      }
    }
    return lines;
  }

  private static void appendLine(StringBuilder text, String line) {
    if (line.isEmpty()) {
      if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
        text.append("\n\n");
      }
      return;
    }
    if (text.length() > 0 && !text.toString().endsWith("\n")) {
      text.append(' ');
    }
    text.append(line);
  }

  /** Reads {@code @name {type} text} and any continuation lines. */
  private static final class TagBuilder {
    private final String name;
    private final String type;
    private final int typeOffset;
    private final int offset;
    private final StringBuilder text = new StringBuilder();

    TagBuilder(String comment, int at, int lineEnd, int commentOffset) {
      this.offset = commentOffset + at;
      int i = at + 1;
      while (i < lineEnd && isNameChar(comment.charAt(i))) {
        i++;
      }
      this.name = comment.substring(at + 1, i);
      while (i < lineEnd && comment.charAt(i) == ' ') {
        i++;
      }
      if (i < lineEnd && comment.charAt(i) == '{') {
        int close = matchingBrace(comment, i, lineEnd, commentOffset);
        this.type = comment.substring(i + 1, close);
        this.typeOffset = commentOffset + i + 1;
        i = close + 1;
      } else {
        this.type = null;
        this.typeOffset = -1;
      }
      text.append(comment.substring(i, lineEnd).strip());
    }

    private static boolean isNameChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int matchingBrace(String comment, int open, int lineEnd, int commentOffset) {
      int depth = 0;
      for (int i = open; i < lineEnd; i++) {
        char c = comment.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return i;
        }
      }
      throw new JsDocSyntaxException(
          commentOffset + open,
          "unclosed '{' in type \"" + comment.substring(open, lineEnd).strip() + "\"");
    }

    void continueWith(String line) {
      if (!line.isEmpty()) {
        text.append(text.length() == 0 ? "" : " ").append(line);
      }
    }

    JsDoc.Tag build() {
      return new JsDoc.Tag(name, type, typeOffset, text.toString().strip(), offset);
    }
  }
}
