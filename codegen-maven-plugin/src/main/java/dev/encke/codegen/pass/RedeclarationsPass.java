package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.Problem;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Gives each {@code @override} without a signature of its own (no {@code @param} for its
 * parameters, or nothing at all) the signature of the function it overrides, found in its
 * supertypes and theirs and, as every object's, in {@code Object}; and that function's
 * documentation where it has none. One that overrides nothing declared keeps its parameters,
 * of unknown type, with a warning.
 */
final class RedeclarationsPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    return Hierarchy.supertypesFirst(model, this, problems, (type, resolved) -> {
      boolean inheritsTypes = type.properties().stream()
          .anyMatch(p -> p.type() instanceof JsType.Inherited);
      if (!inheritsTypes
          && type.functions().stream().noneMatch(f -> f.is(FunctionDef.Trait.REDECLARED))) {
        return type;
      }
      List<FunctionDef> functions = new ArrayList<>();
      for (FunctionDef function : type.functions()) {
        if (!function.is(FunctionDef.Trait.REDECLARED)) {
          functions.add(function);
          continue;
        }
        Optional<FunctionDef> overridden = overridden(type, function, byName, resolved);
        if (overridden.isPresent()) {
          functions.add(overridden.get().toBuilder()
              .javaName(function.javaName())
              .doc(function.doc().orElse(overridden.get().doc()))
              .location(function.location())
              .withoutTrait(FunctionDef.Trait.REDECLARED)
              .build());
        } else {
          problems.warn(function.location(), Problem.Kind.APPROXIMATED_TYPE, "@override \""
              + function.name() + "\" of \"" + type.name() + "\" overrides nothing its "
              + "supertypes declare, so its parameters are of unknown type");
          functions.add(function.toBuilder().withoutTrait(FunctionDef.Trait.REDECLARED).build());
        }
      }
      List<PropertyDef> properties = type.properties().stream()
          .map(p -> p.type() instanceof JsType.Inherited
              ? inherit(type, p, byName, resolved, problems) : p)
          .toList();
      return type.withMembers(functions, properties);
    });
  }

  private static PropertyDef inherit(ClassDef type, PropertyDef property,
      Map<String, TypeDef> byName, UnaryOperator<ClassDef> resolved, Problems problems) {
    Optional<PropertyDef> overridden = ancestors(type, byName, resolved).keySet().stream()
        .flatMap(ancestor -> ancestor.properties().stream())
        .filter(p -> p.name().equals(property.name()) && !(p.type() instanceof JsType.Inherited))
        .findFirst();
    if (overridden.isEmpty()) {
      problems.warn(property.location(), Problem.Kind.APPROXIMATED_TYPE, "@override \""
          + property.name() + "\" of \"" + type.name() + "\" overrides nothing its "
          + "supertypes declare, so it is of unknown type");
    }
    return new PropertyDef(property.name(), property.javaName(), property.isStatic(),
        overridden.map(PropertyDef::readOnly).orElse(property.readOnly()),
        overridden.map(PropertyDef::type).orElse(new JsType.Unknown()),
        property.doc().orElse(overridden.map(PropertyDef::doc).orElse(property.doc())),
        property.location());
  }

  /** The nearest supertype's function of that name, breadth first, then {@code Object}'s. */
  private static Optional<FunctionDef> overridden(ClassDef type, FunctionDef function,
      Map<String, TypeDef> byName, UnaryOperator<ClassDef> resolved) {
    for (Map.Entry<ClassDef, Substitution> ancestor : ancestors(type, byName, resolved)
        .entrySet()) {
      Optional<FunctionDef> found = ancestor.getKey().functions().stream()
          .filter(f -> f.name().equals(function.name()) && !f.isStatic()
              && !f.is(FunctionDef.Trait.REDECLARED))
          .findFirst();
      if (found.isPresent()) {
        return Optional.of(ancestor.getValue().apply(found.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The supertypes, theirs and so on, nearest first, then {@code Object}, each resolved, with
   * the type arguments {@code type} gives each.
   */
  private static Map<ClassDef, Substitution> ancestors(ClassDef type, Map<String, TypeDef> byName,
      UnaryOperator<ClassDef> resolved) {
    Deque<Map.Entry<ClassDef, Substitution>> pending = new ArrayDeque<>();
    Substitution none = Substitution.of(type, null);
    for (ClassDef supertype : Hierarchy.supertypes(type, byName)) {
      pending.addLast(Map.entry(supertype,
          Substitution.of(supertype, Substitution.reference(type, supertype))));
    }
    if (byName.get("Object") instanceof ClassDef object && !type.name().equals("Object")) {
      pending.addLast(Map.entry(object, none));
    }
    Set<String> seen = new HashSet<>();
    Map<ClassDef, Substitution> ancestors = new LinkedHashMap<>();
    while (!pending.isEmpty()) {
      Map.Entry<ClassDef, Substitution> next = pending.removeFirst();
      if (seen.add(next.getKey().name())) {
        ClassDef done = resolved.apply(next.getKey());
        ancestors.put(done, next.getValue());
        for (ClassDef supertype : Hierarchy.supertypes(done, byName)) {
          pending.addLast(Map.entry(supertype, Substitution.of(supertype,
              Substitution.reference(done, supertype)).then(next.getValue())));
        }
      }
    }
    return ancestors;
  }
}
