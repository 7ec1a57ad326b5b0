package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Declares each fluent method a class inherits again in the class, returning the class, because
 * chained calls must keep their type: {@code button.show().setLabel("x")} works when {@code show}
 * comes from {@code Widget}.
 */
final class FluentInheritancePass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    var byName = model.byName();
    return Hierarchy.supertypesFirst(model, this, problems, (type, resolved) -> {
      List<FunctionDef> functions = new ArrayList<>(type.functions());
      Set<String> declared = new HashSet<>();
      functions.stream().filter(f -> !f.isStatic()).forEach(f -> declared.add(f.name()));
      for (ClassDef supertype : Hierarchy.supertypes(type, byName)) {
        List<FunctionDef> inherited = resolved.apply(supertype).functions();
        Substitution arguments =
            Substitution.of(supertype, Substitution.reference(type, supertype));
        for (FunctionDef function : inherited) {
          if (function.is(FunctionDef.Trait.FLUENT) && !function.isStatic()
              && !declared.contains(function.name())) {
            functions.add(arguments.apply(function));
          }
        }
        inherited.forEach(f -> declared.add(f.name()));
      }
      return functions.size() == type.functions().size()
          ? type : type.withMembers(functions, type.properties());
    });
  }
}
