package dev.encke.codegen.pass;

import dev.encke.codegen.Problem;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.BuiltinTypes;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Marks the instance methods that override a supertype's method with the same Java signature, so
 * that they carry {@code @Override}. Leaves out, with a warning, the members Java would not let
 * override: a method whose parameters erase to the inherited one's but are other types (a {@code
 * T} for an {@code Object}), one whose result differs other than by a subclass proxy, and a
 * property whose getter would return another type than the inherited getter. The inherited member
 * stands in their place.
 */
final class OverridesPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    Erasure erasure = new Erasure(model);
    // Supertypes first: what a class inherits is what its supertypes kept.
    return Hierarchy.supertypesFirst(model, this, problems, (type, resolved) -> mark(
        withoutClashingInterfaces(type, byName, resolved, erasure, problems), byName, resolved,
        erasure, problems));
  }

  /**
   * The class without the implemented interfaces that declare a member its superclasses declare
   * with another Java result: no Java class can implement both.
   */
  private static ClassDef withoutClashingInterfaces(ClassDef type, Map<String, TypeDef> byName,
      UnaryOperator<ClassDef> resolved, Erasure erasure, Problems problems) {
    if (type.isInterface() || type.superClass() == null || type.interfaces().isEmpty()) {
      return type;
    }
    Map<String, String> fromClasses = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (ClassDef current = Hierarchy.classNamed(type.superClass(), byName).map(resolved)
            .orElse(null);
        current != null && seen.add(current.name());
        current = current.superClass() == null ? null
            : Hierarchy.classNamed(current.superClass(), byName).map(resolved).orElse(null)) {
      results(current, erasure).forEach(fromClasses::putIfAbsent);
    }
    List<JsType> kept = new ArrayList<>();
    for (JsType implemented : type.interfaces()) {
      Optional<String> clash = Hierarchy.classNamed(implemented, byName).map(resolved)
          .map(found -> interfaceResults(found, byName, resolved, erasure, new HashSet<>()))
          .flatMap(results -> results.entrySet().stream()
              .filter(e -> fromClasses.containsKey(e.getKey())
                  && !fromClasses.get(e.getKey()).equals(e.getValue()))
              .map(Map.Entry::getKey)
              .findFirst());
      if (clash.isPresent()) {
        problems.warn(type.location(), Problem.Kind.UNSUPPORTED_DECLARATION, "\"" + type.name()
            + "\" inherits " + clash.get() + " from its superclasses and from " + implemented
            + " with other results, which Java forbids; " + implemented + " is left out of "
            + "its supertypes");
      } else {
        kept.add(implemented);
      }
    }
    return kept.size() == type.interfaces().size()
        ? type : type.toBuilder().interfaces(kept).build();
  }

  /** The Java results of a type's own instance methods and getters, by Java signature. */
  private static Map<String, String> results(ClassDef type, Erasure erasure) {
    Map<String, String> results = new LinkedHashMap<>();
    for (FunctionDef function : type.functions()) {
      if (!function.isStatic()) {
        results.putIfAbsent(signature(function, erasure), function.is(FunctionDef.Trait.FLUENT)
            ? "this" : erasure.full(function.returnType()));
      }
    }
    for (PropertyDef property : type.properties()) {
      if (!property.isStatic() && !property.isConstant()) {
        results.putIfAbsent(property.getterName() + "()", erasure.full(property.type()));
      }
    }
    return results;
  }

  private static Map<String, String> interfaceResults(ClassDef type, Map<String, TypeDef> byName,
      UnaryOperator<ClassDef> resolved, Erasure erasure, Set<String> seen) {
    Map<String, String> results = new LinkedHashMap<>();
    if (seen.add(type.name())) {
      results.putAll(results(type, erasure));
      for (ClassDef parent : Hierarchy.supertypes(type, byName)) {
        interfaceResults(resolved.apply(parent), byName, resolved, erasure, seen)
            .forEach(results::putIfAbsent);
      }
    }
    return results;
  }

  private static ClassDef mark(ClassDef type, Map<String, TypeDef> byName,
      UnaryOperator<ClassDef> resolved, Erasure erasure, Problems problems) {
    Map<String, FunctionDef> inherited = new LinkedHashMap<>();
    Map<String, PropertyDef> inheritedProperties = new LinkedHashMap<>();
    collectAncestors(type, byName, resolved, erasure, new HashSet<>(), inherited,
        inheritedProperties);
    if (inherited.isEmpty() && inheritedProperties.isEmpty()) {
      return type;
    }
    Set<String> statics = new HashSet<>();
    staticsOf(type, byName, resolved, erasure, new HashSet<>(), statics);
    List<FunctionDef> functions = new ArrayList<>();
    for (FunctionDef function : type.functions()) {
      FunctionDef overridden =
          function.isStatic() ? null : inherited.get(signature(function, erasure));
      if (function.isStatic() && inherited.containsKey(signature(function, erasure))) {
        problems.warn(function.location(), Problem.Kind.NAME_CLASH, "static function \""
            + function.name() + "\" of \"" + type.name() + "\" would hide an instance method "
            + "of a supertype, which Java forbids; it is skipped");
      } else if (overridden == null) {
        functions.add(function);
      } else if (sameParameters(function, overridden, erasure)
          && compatible(function, overridden, byName, erasure)) {
        functions.add(function.toBuilder().trait(FunctionDef.Trait.OVERRIDE).build());
      } else {
        problems.warn(function.location(), Problem.Kind.UNSUPPORTED_DECLARATION, type.name()
            + "." + function.name() + " (" + result(function) + ") overrides "
            + overridden.name() + " of a supertype (" + result(overridden) + ") in a way Java "
            + "cannot express; the inherited method stands");
      }
    }
    List<PropertyDef> properties = new ArrayList<>();
    for (PropertyDef property : type.properties()) {
      if (property.isStatic() && !property.isConstant()
          && (inheritedProperties.containsKey(property.getterName())
              || inherited.containsKey(property.getterName() + "()"))) {
        problems.warn(property.location(), Problem.Kind.NAME_CLASH, "static property \""
            + property.name() + "\" of \"" + type.name() + "\" would hide the instance getter "
            + property.getterName() + "() of a supertype, which Java forbids; it is skipped");
        continue;
      }
      if (!property.isStatic() && statics.contains(property.getterName() + "()")) {
        problems.warn(property.location(), Problem.Kind.NAME_CLASH, "property \""
            + property.name() + "\" of \"" + type.name() + "\" would override the static getter "
            + property.getterName() + "() of a supertype, which Java forbids; it is skipped");
        continue;
      }
      PropertyDef overridden = property.isStatic() || property.isConstant()
          ? null : inheritedProperties.get(property.getterName());
      if (overridden == null || erasure.full(property.type()).equals(
          erasure.full(overridden.type()))
          || covariant(property.type(), overridden.type(), byName)) {
        properties.add(property);
      } else {
        problems.warn(property.location(), Problem.Kind.UNSUPPORTED_DECLARATION, type.name()
            + "." + property.name() + " is " + property.type() + " but a supertype's is "
            + overridden.type() + ", which Java cannot override; the inherited property stands");
      }
    }
    return type.withMembers(functions, properties);
  }

  private static void collectAncestors(ClassDef type, Map<String, TypeDef> byName,
      UnaryOperator<ClassDef> resolved, Erasure erasure, Set<String> seen,
      Map<String, FunctionDef> inherited, Map<String, PropertyDef> properties) {
    for (ClassDef parent : Hierarchy.supertypes(type, byName)) {
      ClassDef found = resolved.apply(parent);
      if (seen.add(found.name())) {
        found.functions().stream()
            .filter(function -> !function.isStatic())
            .forEach(function -> inherited.putIfAbsent(signature(function, erasure), function));
        found.properties().stream()
            .filter(property -> !property.isStatic() && !property.isConstant())
            .forEach(property -> properties.putIfAbsent(property.getterName(), property));
        collectAncestors(found, byName, resolved, erasure, seen, inherited, properties);
      }
    }
  }

  /** The Java signatures of the static getters and functions of the supertypes. */
  private static void staticsOf(ClassDef type, Map<String, TypeDef> byName,
      UnaryOperator<ClassDef> resolved, Erasure erasure, Set<String> seen, Set<String> statics) {
    for (ClassDef parent : Hierarchy.supertypes(type, byName)) {
      ClassDef found = resolved.apply(parent);
      if (seen.add(found.name())) {
        found.functions().stream().filter(FunctionDef::isStatic)
            .forEach(function -> statics.add(signature(function, erasure)));
        found.properties().stream().filter(p -> p.isStatic() && !p.isConstant())
            .forEach(property -> statics.add(property.getterName() + "()"));
        staticsOf(found, byName, resolved, erasure, seen, statics);
      }
    }
  }

  static String signature(FunctionDef function, Erasure erasure) {
    return function.javaName() + "(" + erasure.of(function.parameters()) + ")";
  }

  /** Java overrides only when the parameters are the same types, not only the same erasures. */
  private static boolean sameParameters(FunctionDef function, FunctionDef overridden,
      Erasure erasure) {
    if (function.templates().size() != overridden.templates().size()) {
      return false;
    }
    for (int i = 0; i < function.parameters().size(); i++) {
      if (!erasure.full(function.parameters().get(i).type())
          .equals(erasure.full(overridden.parameters().get(i).type()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether Java lets {@code function}'s result override {@code overridden}'s: both fluent, or
   * both lookups, or one Java type, or a proxy whose class extends the other's.
   */
  private static boolean compatible(FunctionDef function, FunctionDef overridden,
      Map<String, TypeDef> byName, Erasure erasure) {
    boolean fluent = function.is(FunctionDef.Trait.FLUENT);
    if (fluent || overridden.is(FunctionDef.Trait.FLUENT)) {
      return fluent && overridden.is(FunctionDef.Trait.FLUENT);
    }
    if (function.is(FunctionDef.Trait.LOOKUP) != overridden.is(FunctionDef.Trait.LOOKUP)) {
      return false;
    }
    JsType result = function.returnType();
    JsType inherited = overridden.returnType();
    return erasure.full(result).equals(erasure.full(inherited))
        || covariant(result, inherited, byName);
  }

  /** Whether both are proxies and the first's class extends the second's. */
  private static boolean covariant(JsType result, JsType inherited, Map<String, TypeDef> byName) {
    if (isValue(result) || isValue(inherited)) {
      return false;
    }
    return Hierarchy.classNamed(result, byName)
        .flatMap(type -> Hierarchy.classNamed(inherited, byName)
            .map(supertype -> extendsType(type, supertype, byName, new HashSet<>())))
        .orElse(false);
  }

  private static boolean isValue(JsType type) {
    return type.bare() instanceof JsType.Named named
        && BuiltinTypes.VALUES.contains(named.name());
  }

  private static boolean extendsType(ClassDef type, ClassDef supertype,
      Map<String, TypeDef> byName, Set<String> seen) {
    if (!seen.add(type.name())) {
      return false;
    }
    for (ClassDef parent : Hierarchy.supertypes(type, byName)) {
      if (parent.name().equals(supertype.name())
          || extendsType(parent, supertype, byName, seen)) {
        return true;
      }
    }
    return false;
  }

  private static String result(FunctionDef function) {
    return function.is(FunctionDef.Trait.FLUENT) ? "its receiver" : function.returnType()
        .toString();
  }
}
