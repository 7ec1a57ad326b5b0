package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the instance methods that override a supertype's method with the same Java signature, so
 * that they carry {@code @Override}, and reports overrides whose results differ: Java allows a
 * different result only for fluent methods, which return the proxy itself.
 */
final class OverridesPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    return model.mapTypes(type -> type instanceof ClassDef classDef
        ? mark(classDef, byName, problems) : type);
  }

  private static ClassDef mark(ClassDef type, Map<String, TypeDef> byName, Problems problems) {
    Map<String, FunctionDef> inherited = new LinkedHashMap<>();
    collectAncestors(type, byName, new HashSet<>(), inherited);
    List<FunctionDef> functions = new ArrayList<>();
    for (FunctionDef function : type.functions()) {
      FunctionDef overridden = function.isStatic() ? null : inherited.get(signature(function));
      if (overridden == null) {
        functions.add(function);
        continue;
      }
      if (!compatible(function, overridden)) {
        problems.error(function.location(), type.name() + "." + function.name() + " returns "
            + result(function) + " but overrides " + overridden.name() + " of a supertype, which "
            + "returns " + result(overridden));
      }
      functions.add(function.toBuilder().trait(FunctionDef.Trait.OVERRIDE).build());
    }
    return type.withMembers(functions, type.properties());
  }

  private static void collectAncestors(ClassDef type, Map<String, TypeDef> byName,
      Set<String> seen, Map<String, FunctionDef> inherited) {
    for (ClassDef found : InheritancePass.supertypes(type, byName)) {
      if (seen.add(found.name())) {
        found.functions().stream()
            .filter(function -> !function.isStatic())
            .forEach(function -> inherited.putIfAbsent(signature(function), function));
        collectAncestors(found, byName, seen, inherited);
      }
    }
  }

  static String signature(FunctionDef function) {
    return function.javaName() + "(" + Erasure.of(function.parameters()) + ")";
  }

  private static boolean compatible(FunctionDef function, FunctionDef overridden) {
    boolean fluent = function.is(FunctionDef.Trait.FLUENT);
    if (fluent || overridden.is(FunctionDef.Trait.FLUENT)) {
      return fluent && overridden.is(FunctionDef.Trait.FLUENT);
    }
    return function.is(FunctionDef.Trait.LOOKUP) == overridden.is(FunctionDef.Trait.LOOKUP)
        && function.returnType().equals(overridden.returnType());
  }

  private static String result(FunctionDef function) {
    return function.is(FunctionDef.Trait.FLUENT) ? "its receiver" : function.returnType()
        .toString();
  }
}
