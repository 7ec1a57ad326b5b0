package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.emit.JavaTypes;
import dev.encke.codegen.model.Definitions;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.Parameter;

/** Reports what the writers cannot express: types with no Java mapping. */
final class ValidationPass implements Pass {

  @Override
  public Definitions applyTo(Definitions definitions, Problems problems) {
    for (NamespaceDef namespace : definitions.namespaces()) {
      for (FunctionDef function : namespace.functions()) {
        for (Parameter parameter : function.parameters()) {
          check(parameter.type(), function.location(), problems,
              "parameter \"" + parameter.name() + "\" of " + function.name());
        }
        check(function.returnType(), function.location(), problems,
            "return type of " + function.name());
      }
    }
    return definitions;
  }

  private static void check(JsType type, Location at, Problems problems, String what) {
    if (!JavaTypes.isMapped(type)) {
      problems.error(at.file(), at.line(), at.column(),
          "unknown type \"" + ((JsType.Named) type).name() + "\" for " + what);
    }
  }
}
