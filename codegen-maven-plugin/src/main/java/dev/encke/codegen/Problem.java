package dev.encke.codegen;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the generator's input, located at {@code file:line:column} (1-based).
 *
 * @param file the input file
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong, quoting the offending token
 */
public record Problem(Path file, int line, int column, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** Orders problems by file, line, column, then message, as a reader goes through input. */
  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
