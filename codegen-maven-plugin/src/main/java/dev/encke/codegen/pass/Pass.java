package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Definitions;

/** One step between reading and emitting: takes the model and returns a (possibly new) model. */
public interface Pass {

  /** Applies this pass; problems found go to {@code problems}, the returned model stays usable. */
  Definitions applyTo(Definitions definitions, Problems problems);
}
