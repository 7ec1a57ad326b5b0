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

  Location locationOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new Location(file, line + 1, offset - lineStarts[line] + 1);
  }
}
