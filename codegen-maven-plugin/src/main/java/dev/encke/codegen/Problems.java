package dev.encke.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run so that all of them are reported together. Not thread-safe. */
public final class Problems {

  private final List<Problem> problems = new ArrayList<>();

  public void error(Path file, int line, int column, String message) {
    problems.add(new Problem(file, line, column, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws when any problem was collected. */
  public void throwIfAny() throws GenerationException {
    if (!problems.isEmpty()) {
      throw new GenerationException(problems);
    }
  }
}
