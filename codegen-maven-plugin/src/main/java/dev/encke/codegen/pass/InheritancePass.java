package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Accessors;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves {@code @extends}, {@code @implements} and {@code @mixes}. A mixin's members are copied
 * into each class that mixes it in, as if declared there (the class's own members win). A class
 * without {@code @PropertyAccessors} of its own takes its superclass's. A class
 * that another extends is marked so that its proxy is not final. And because chained calls must
 * keep their type, each fluent method a class inherits is declared again in the class, returning
 * the class: {@code button.show().setLabel("x")} works when {@code show} comes from {@code
 * Widget}.
 */
final class InheritancePass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    Set<String> extended = new HashSet<>();
    for (TypeDef type : model.types()) {
      if (type instanceof ClassDef classDef) {
        check(classDef, byName, problems).ifPresent(extended::add);
      }
    }
    Resolver resolver = new Resolver(byName, problems);
    return model.mapTypes(type -> {
      if (!(type instanceof ClassDef classDef)) {
        return type;
      }
      return resolver.resolve(classDef).toBuilder()
          .extended(extended.contains(classDef.name()))
          .build();
    });
  }

  /** Reports supertypes of the wrong kind; returns the superclass's name when it is valid. */
  private static Optional<String> check(
      ClassDef type, Map<String, TypeDef> byName, Problems problems) {
    Optional<String> superClass = Optional.empty();
    if (type.superClass() != null) {
      superClass = classNamed(type.superClass(), byName)
          .filter(found -> !found.isInterface())
          .map(ClassDef::name);
      if (superClass.isEmpty()) {
        problems.error(type.location(), "@extends of \"" + type.name() + "\" names \""
            + type.superClass() + "\", which is not a @constructor");
      }
    }
    for (JsType implemented : type.interfaces()) {
      if (classNamed(implemented, byName).filter(ClassDef::isInterface).isEmpty()) {
        problems.error(type.location(), (type.isInterface() ? "@extends" : "@implements")
            + " of \"" + type.name() + "\" names \"" + implemented + "\", which is not an "
            + "@interface");
      }
    }
    return superClass;
  }

  static Optional<ClassDef> classNamed(JsType type, Map<String, TypeDef> byName) {
    return type.bare() instanceof JsType.Named named
        && byName.get(named.name()) instanceof ClassDef found
        ? Optional.of(found) : Optional.empty();
  }

  /** The classes and interfaces {@code type} names as supertypes, superclass first. */
  static List<ClassDef> supertypes(ClassDef type, Map<String, TypeDef> byName) {
    List<ClassDef> supertypes = new ArrayList<>();
    if (type.superClass() != null) {
      classNamed(type.superClass(), byName).ifPresent(supertypes::add);
    }
    for (JsType implemented : type.interfaces()) {
      classNamed(implemented, byName).ifPresent(supertypes::add);
    }
    return supertypes;
  }

  /** Resolves classes supertypes first, each once. */
  private static final class Resolver {
    private final Map<String, TypeDef> byName;
    private final Problems problems;
    private final Map<String, ClassDef> resolved = new HashMap<>();
    private final Set<String> resolving = new LinkedHashSet<>();

    Resolver(Map<String, TypeDef> byName, Problems problems) {
      this.byName = byName;
      this.problems = problems;
    }

    ClassDef resolve(ClassDef type) {
      ClassDef done = resolved.get(type.name());
      if (done != null) {
        return done;
      }
      if (!resolving.add(type.name())) {
        problems.error(type.location(), "\"" + type.name() + "\" inherits from itself: "
            + String.join(" -> ", resolving) + " -> " + type.name());
        return type;
      }
      List<FunctionDef> functions = new ArrayList<>(type.functions());
      List<PropertyDef> properties = new ArrayList<>(type.properties());
      for (JsType mixin : type.mixins()) {
        mixIn(type, mixin, functions, properties);
      }
      redeclare(type, functions);
      Set<String> declared = new HashSet<>();
      functions.stream().filter(f -> !f.isStatic()).forEach(f -> declared.add(f.name()));
      for (ClassDef supertype : supertypes(type, byName)) {
        List<FunctionDef> inherited = resolve(supertype).functions();
        for (FunctionDef function : inherited) {
          if (function.is(FunctionDef.Trait.FLUENT) && !function.isStatic()
              && !declared.contains(function.name())) {
            functions.add(function);
          }
        }
        inherited.forEach(f -> declared.add(f.name()));
      }
      Accessors accessors = inheritedAccessors(type);
      resolving.remove(type.name());
      ClassDef result = type.withMembers(functions, properties).toBuilder()
          .accessors(accessors)
          .build();
      resolved.put(type.name(), result);
      return result;
    }

    /** The class's own accessor functions, else the first its supertypes have. */
    private Accessors inheritedAccessors(ClassDef type) {
      if (type.accessors() != null) {
        return type.accessors();
      }
      return supertypes(type, byName).stream()
          .map(supertype -> resolve(supertype).accessors())
          .filter(Objects::nonNull)
          .findFirst()
          .orElse(null);
    }

    /** Gives each {@code @override} without a signature the signature it overrides. */
    private void redeclare(ClassDef type, List<FunctionDef> functions) {
      for (int i = 0; i < functions.size(); i++) {
        FunctionDef function = functions.get(i);
        if (!function.is(FunctionDef.Trait.REDECLARED)) {
          continue;
        }
        Optional<FunctionDef> overridden = supertypes(type, byName).stream()
            .flatMap(supertype -> resolve(supertype).functions().stream())
            .filter(f -> f.name().equals(function.name()) && !f.isStatic())
            .findFirst();
        if (overridden.isPresent()) {
          functions.set(i, overridden.get().toBuilder()
              .javaName(function.javaName())
              .withoutTrait(FunctionDef.Trait.REDECLARED)
              .build());
        } else {
          problems.error(function.location(), "@override \"" + function.name() + "\" of \""
              + type.name() + "\" overrides nothing its supertypes declare");
        }
      }
    }

    private void mixIn(ClassDef type, JsType mixin, List<FunctionDef> functions,
        List<PropertyDef> properties) {
      TypeDef source = mixin.bare() instanceof JsType.Named named
          ? byName.get(named.name()) : null;
      List<FunctionDef> lent = new ArrayList<>();
      List<PropertyDef> lentProperties = new ArrayList<>();
      if (source instanceof NamespaceDef namespace) {
        namespace.functions().forEach(f -> lent.add(f.toBuilder().isStatic(false).build()));
        lentProperties.addAll(namespace.properties());
      } else if (source instanceof ClassDef classDef) {
        ClassDef resolvedMixin = resolve(classDef);
        resolvedMixin.functions().stream().filter(f -> !f.isStatic()).forEach(lent::add);
        resolvedMixin.properties().stream().filter(p -> !p.isStatic()).forEach(
            lentProperties::add);
      } else {
        Location at = type.location();
        problems.error(at, "@mixes of \"" + type.name() + "\" names \"" + mixin
            + "\", which is not a namespace, @constructor or @interface");
        return;
      }
      lent.stream().filter(f -> !declares(functions, f.name())).forEach(functions::add);
      lentProperties.stream()
          .filter(p -> properties.stream().noneMatch(own -> own.name().equals(p.name())))
          .map(p -> new PropertyDef(p.name(), p.javaName(), false, p.readOnly(), p.type(),
              p.doc(), p.location()))
          .forEach(properties::add);
    }

    private static boolean declares(List<FunctionDef> functions, String name) {
      return functions.stream().anyMatch(f -> f.name().equals(name) && !f.isStatic());
    }
  }
}
