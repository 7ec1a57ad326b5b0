package dev.encke.codegen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the generator's input, located at {@code file:line:column} (1-based).
 *
 * @param file the input file
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong, quoting the offending token
 */
public record Problem(Path file, int line, int column, String message) {

  public Problem {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
