package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.Model;
import java.util.List;

/**
 * Keeps a method's type variables from shadowing its class's: Closure externs often declare an
 * instance function's own {@code @template T} for the {@code T} of its class, as {@code
 * Array.prototype.map} does, and in Java that would be a second, unrelated {@code T}.
 */
final class TemplatesPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    return model.mapTypes(Guard.each(this, problems, type -> {
      if (!(type instanceof ClassDef classDef) || classDef.templates().isEmpty()) {
        return type;
      }
      List<FunctionDef> functions = classDef.functions().stream()
          .map(function -> function.isStatic() ? function : function.toBuilder()
              .templates(function.templates().stream()
                  .filter(name -> !classDef.templates().contains(name))
                  .toList())
              .build())
          .toList();
      return classDef.withMembers(functions, classDef.properties());
    }));
  }
}
