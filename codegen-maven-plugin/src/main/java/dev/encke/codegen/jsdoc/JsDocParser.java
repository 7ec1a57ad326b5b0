package dev.encke.codegen.jsdoc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code /** … *}{@code /} comment into its description and block tags. Leading
 * {@code *} decoration is removed; every character keeps its offset in the file so that problems
 * can be located exactly.
 *
 * <p>A block tag starts with {@code @name} at the start of a line or after white space outside
 * braces, so that one-line comments such as {@code /** @const {number} *}{@code /} read as they
 * do in Closure.
 */
final class JsDocParser {

  /** The comment without decoration; {@code offsets[i]} is the file offset of {@code text[i]}. */
  private final StringBuilder text = new StringBuilder();

  private final List<Integer> offsets = new ArrayList<>();

  private JsDocParser() {}

  /**
   * Parses {@code comment}, which starts at {@code commentOffset} in its file.
   *
   * @throws JsDocSyntaxException when a tag's type has unbalanced braces
   */
  static JsDoc parse(String comment, int commentOffset) {
    JsDocParser parser = new JsDocParser();
    parser.strip(comment, commentOffset);
    return parser.read();
  }

  private void strip(String comment, int commentOffset) {
    int start = comment.startsWith("/**") ? 3 : 0;
    int end = comment.endsWith("*/") ? comment.length() - 2 : comment.length();
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
        for (int j = contentStart; j < i; j++) {
          append(comment.charAt(j), commentOffset + j);
        }
        append('\n', commentOffset + i);
        lineStart = i + 1;
      }
    }
  }

  private void append(char c, int offset) {
    text.append(c == '\r' ? ' ' : c);
    offsets.add(offset);
  }

  private JsDoc read() {
    List<Integer> starts = tagStarts();
    int descriptionEnd = starts.isEmpty() ? text.length() : starts.get(0);
    String description = paragraphs(text.substring(0, descriptionEnd));
    List<JsDoc.Tag> tags = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      tags.add(tag(starts.get(i), end));
    }
    return new JsDoc(description, tags);
  }

  /** Where each {@code @name} tag starts: after white space or a line start, outside braces. */
  private List<Integer> tagStarts() {
    List<Integer> starts = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '@' && depth == 0 && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
          && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
        starts.add(i);
      }
    }
    return starts;
  }

  /** Reads {@code @name {type} text} between {@code start} and {@code end}. */
  private JsDoc.Tag tag(int start, int end) {
    int i = start + 1;
    while (i < end && isNameChar(text.charAt(i))) {
      i++;
    }
    String name = text.substring(start + 1, i);
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    String type = null;
    int typeOffset = -1;
    if (i < end && text.charAt(i) == '{') {
      int close = matchingBrace(i, end);
      type = text.substring(i + 1, close);
      typeOffset = offsets.get(i + 1);
      i = close + 1;
    }
    String tagText = paragraphs(text.substring(i, end));
    return new JsDoc.Tag(name, type, typeOffset, tagText, offsets.get(start));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private int matchingBrace(int open, int end) {
    int depth = 0;
    for (int i = open; i < end; i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    String line = text.substring(open, end).lines().findFirst().orElse("").strip();
    throw new JsDocSyntaxException(offsets.get(open), "unclosed '{' in type \"" + line + "\"");
  }

  /** Joins lines with spaces; a blank line separates paragraphs with {@code "\n\n"}. */
  private static String paragraphs(String lines) {
    StringBuilder result = new StringBuilder();
    boolean blank = false;
    for (String line : lines.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        blank = result.length() > 0;
        continue;
      }
      if (result.length() > 0) {
        result.append(blank ? "\n\n" : " ");
      }
      result.append(trimmed);
      blank = false;
    }
    return result.toString();
  }
}
