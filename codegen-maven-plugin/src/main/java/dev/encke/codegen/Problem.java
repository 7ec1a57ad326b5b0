package dev.encke.codegen;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with, or left out of, the generator's input, located at {@code
 * file:line:column} (1-based). Errors stop a run; warnings name a declaration the generator skips
 * and say why, and stop a run only when it is strict.
 *
 * @param file the input file
 * @param line 1-based line
 * @param column 1-based column
 * @param kind what sort of problem it is, which says whether it is an error or a warning
 * @param message what is wrong, quoting the offending token or naming the declaration
 */
public record Problem(Path file, int line, int column, Kind kind, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  /** Whether a problem stops a run, or only one that is strict. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** What sort of problem it is. */
  public enum Kind {
    /** The input is wrong: a syntax error, an unknown type, a contradiction. */
    INVALID(Severity.ERROR),
    /** The generator failed on a construct; the message names it. */
    INTERNAL(Severity.ERROR),
    /** A declaration Java or the page cannot express, such as a computed member name. */
    UNSUPPORTED_DECLARATION(Severity.WARNING),
    /** A type expression read as a simpler one, such as a Closure type transformation. */
    APPROXIMATED_TYPE(Severity.WARNING),
    /** A callback whose result the page needs at once; a server answers asynchronously. */
    CALLBACK_RESULT(Severity.WARNING),
    /** Two declarations that would become the same Java name; the first one is kept. */
    NAME_CLASH(Severity.WARNING),
    /** A declaration the input makes twice; the first one is kept. */
    DUPLICATE(Severity.WARNING);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    public Severity severity() {
      return severity;
    }
  }

  public Problem {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** An error of kind {@link Kind#INVALID}. */
  public Problem(Path file, int line, int column, String message) {
    this(file, line, column, Kind.INVALID, message);
  }

  public Severity severity() {
    return kind.severity();
  }

  public boolean isWarning() {
    return severity() == Severity.WARNING;
  }

  /** Orders problems by file, line, column, then message, as a reader goes through input. */
  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column: message}; a warning says so after the position. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + (isWarning() ? "warning: " : "") + message;
  }
}
