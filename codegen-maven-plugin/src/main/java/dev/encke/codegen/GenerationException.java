package dev.encke.codegen;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown once per run when the input had problems; lists every problem found, in input order. */
public final class GenerationException extends Exception {

  private final List<Problem> problems;

  public GenerationException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in the widget definitions and binding descriptors:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
