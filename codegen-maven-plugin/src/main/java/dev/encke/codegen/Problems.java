package dev.encke.codegen;

import dev.encke.codegen.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run so that all of them are reported together. Shared by the
 * generator's stages; not part of the API for callers of {@link Generator}. Not thread-safe.
 */
public final class Problems {

  private final List<Problem> problems = new ArrayList<>();

  public void error(Path file, int line, int column, String message) {
    problems.add(new Problem(file, line, column, message));
  }

  public void error(Problem problem) {
    problems.add(problem);
  }

  public void error(Location at, String message) {
    error(at.file(), at.line(), at.column(), message);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws when any problem was collected, listing them sorted by file, line and column. */
  public void throwIfAny() throws GenerationException {
    if (!problems.isEmpty()) {
      throw new GenerationException(problems.stream().sorted().distinct().toList());
    }
  }
}
