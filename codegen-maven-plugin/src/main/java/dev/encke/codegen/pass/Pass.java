package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Model;

/** One step between reading and emitting: takes the model and returns the next one. */
interface Pass {

  /** Applies this pass; problems found go to {@code problems}, the returned model stays usable. */
  Model applyTo(Model model, Problems problems);
}
