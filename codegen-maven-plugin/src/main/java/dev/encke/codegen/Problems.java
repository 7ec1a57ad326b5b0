package dev.encke.codegen;

import dev.encke.codegen.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run so that all of them are reported together. Shared by the
 * generator's stages; not part of the API for callers of {@link Generator}. Thread-safe: writers
 * report from several threads.
 */
public final class Problems {

  private final List<Problem> problems = new ArrayList<>();

  public synchronized void error(Path file, int line, int column, String message) {
    problems.add(new Problem(file, line, column, message));
  }

  public synchronized void error(Problem problem) {
    problems.add(problem);
  }

  public void error(Location at, String message) {
    error(at.file(), at.line(), at.column(), message);
  }

  /** A declaration skipped or read differently, and why; it fails only a strict run. */
  public synchronized void warn(Location at, Problem.Kind kind, String message) {
    problems.add(new Problem(at.file(), at.line(), at.column(), kind, message));
  }

  /**
   * The generator itself failed on {@code construct}: reported as an error at the construct, so
   * that a bug in one place neither crashes the run nor hides the other problems.
   */
  public synchronized void internal(Location at, String construct, RuntimeException failure) {
    problems.add(new Problem(at.file(), at.line(), at.column(), Problem.Kind.INTERNAL,
        "the generator failed on " + construct + ": " + failure));
  }

  /** The warnings collected, sorted by file, line and column. */
  public synchronized List<Problem> warnings() {
    return problems.stream().filter(Problem::isWarning).sorted().distinct().toList();
  }

  /**
   * Throws when an error was collected, or with {@code strict} a warning, listing them all sorted
   * by file, line and column.
   */
  public synchronized void throwIfFailed(boolean strict) throws GenerationException {
    List<Problem> failing = problems.stream()
        .filter(problem -> strict || !problem.isWarning())
        .sorted()
        .distinct()
        .toList();
    if (!failing.isEmpty()) {
      throw new GenerationException(failing);
    }
  }
}
