package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.TypeDef;
import java.util.function.UnaryOperator;

/**
 * Applies a pass's work to one type at a time, so that a failure on one type is an error at its
 * definition and the pass goes on with the others.
 */
final class Guard {

  private Guard() {}

  /** {@code mapping}, reporting a failure on a type and leaving that type as it was. */
  static UnaryOperator<TypeDef> each(Pass pass, Problems problems, UnaryOperator<TypeDef> mapping) {
    return type -> {
      try {
        return mapping.apply(type);
      } catch (RuntimeException e) {
        problems.internal(type.location(), "\"" + type.name() + "\" in the pass "
            + pass.getClass().getSimpleName(), e);
        return type;
      }
    };
  }
}
