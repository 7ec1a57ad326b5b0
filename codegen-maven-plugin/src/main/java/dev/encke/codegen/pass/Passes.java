package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Definitions;
import java.util.List;

/** The ordered passes every run applies. */
public final class Passes {

  private static final List<Pass> STANDARD = List.of(new JavaNamesPass(), new ValidationPass());

  private Passes() {}

  public static Definitions applyAll(Definitions definitions, Problems problems) {
    Definitions current = definitions;
    for (Pass pass : STANDARD) {
      current = pass.applyTo(current, problems);
    }
    return current;
  }
}
