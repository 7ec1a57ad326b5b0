package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.TypeDef;
import dev.encke.codegen.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks what {@code @extends} and {@code @implements} name: a superclass must be a
 * {@code @constructor}, an implemented or extended interface an {@code @interface}, and nothing
 * may inherit from itself. Marks the classes that another extends, so that their proxies are not
 * final, and gives a class without {@code @PropertyAccessors} of its own its superclass's. An
 * interface a class would inherit twice with different type arguments, which Java forbids (as
 * {@code IObject<number, T>} through {@code IArrayLike<T>} and {@code IObject<(string|number),
 * T>} named directly), is left out of the class's direct supertypes with a warning.
 */
final class SupertypesPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    Set<String> extended = new HashSet<>();
    Set<Set<String>> cycles = new HashSet<>();
    for (TypeDef type : model.types()) {
      if (type instanceof ClassDef classDef) {
        check(classDef, byName, problems, extended);
        checkCycle(classDef, byName, new LinkedHashSet<>(), cycles, problems);
      }
    }
    Model marked = model.mapTypes(type -> type instanceof ClassDef classDef
        ? classDef.toBuilder().extended(extended.contains(classDef.name())).build() : type);
    Map<String, TypeDef> markedByName = marked.byName();
    Erasure erasure = new Erasure(marked);
    Map<String, Map<String, JsType>> inherited = new HashMap<>();
    Model consistent = marked.mapTypes(Guard.each(this, problems, type ->
        type instanceof ClassDef classDef ? withoutConflicts(classDef, markedByName, erasure,
            inherited, problems) : type));
    Map<String, TypeDef> consistentByName = consistent.byName();
    return Hierarchy.supertypesFirst(consistent, this, problems, (type, resolved) ->
        type.accessors() != null ? type : type.toBuilder()
            .accessors(Hierarchy.supertypes(type, consistentByName).stream()
                .map(supertype -> resolved.apply(supertype).accessors())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null))
            .build());
  }

  private static ClassDef withoutConflicts(ClassDef type, Map<String, TypeDef> byName,
      Erasure erasure, Map<String, Map<String, JsType>> inherited, Problems problems) {
    List<JsType> kept = new ArrayList<>();
    interfacesOf(type, byName, erasure, inherited, kept, problems);
    return kept.size() == type.interfaces().size()
        ? type : type.toBuilder().interfaces(kept).build();
  }

  /**
   * Every interface {@code type} inherits, by name, with the type arguments it has there;
   * {@code kept} receives the direct interfaces that do not conflict (null when not wanted).
   */
  private static Map<String, JsType> interfacesOf(ClassDef type, Map<String, TypeDef> byName,
      Erasure erasure, Map<String, Map<String, JsType>> inherited, List<JsType> kept,
      Problems problems) {
    Map<String, JsType> known = inherited.get(type.name());
    if (known != null && kept == null) {
      return known;
    }
    inherited.put(type.name(), Map.of());
    Map<String, JsType> all = new LinkedHashMap<>();
    List<JsType> references = new ArrayList<>();
    if (type.superClass() != null) {
      references.add(type.superClass());
    }
    references.addAll(type.interfaces());
    for (JsType reference : references) {
      Optional<ClassDef> supertype = Hierarchy.classNamed(reference, byName);
      if (supertype.isEmpty()) {
        continue;
      }
      Substitution arguments = Substitution.of(supertype.get(), reference);
      Map<String, JsType> candidate = new LinkedHashMap<>();
      candidate.put(supertype.get().name(), reference.bare());
      interfacesOf(supertype.get(), byName, erasure, inherited, null, problems)
          .forEach((name, inheritedType) -> candidate.putIfAbsent(name,
              arguments.apply(inheritedType)));
      Optional<String> conflict = candidate.keySet().stream()
          .filter(name -> all.containsKey(name)
              && !erasure.full(all.get(name)).equals(erasure.full(candidate.get(name))))
          .findFirst();
      if (conflict.isPresent() && reference != type.superClass()) {
        problems.warn(type.location(), Problem.Kind.UNSUPPORTED_DECLARATION, "\"" + type.name()
            + "\" would inherit " + conflict.get() + " twice, as " + all.get(conflict.get())
            + " and through " + reference + " as " + candidate.get(conflict.get())
            + ", which Java forbids; " + reference + " is left out of its supertypes");
        continue;
      }
      candidate.forEach(all::putIfAbsent);
      if (kept != null && reference != type.superClass()) {
        kept.add(reference);
      }
    }
    inherited.put(type.name(), all);
    return all;
  }

  private static void check(ClassDef type, Map<String, TypeDef> byName, Problems problems,
      Set<String> extended) {
    if (type.superClass() != null) {
      var superClass = Hierarchy.classNamed(type.superClass(), byName)
          .filter(found -> !found.isInterface());
      if (superClass.isEmpty()) {
        problems.error(type.location(), "@extends of \"" + type.name() + "\" names \""
            + type.superClass() + "\", which is not a @constructor");
      } else {
        extended.add(superClass.get().name());
      }
    }
    for (JsType implemented : type.interfaces()) {
      if (Hierarchy.classNamed(implemented, byName).filter(ClassDef::isInterface).isEmpty()) {
        problems.error(type.location(), (type.isInterface() ? "@extends" : "@implements")
            + " of \"" + type.name() + "\" names \"" + implemented + "\", which is not an "
            + "@interface");
      }
    }
  }

  /** Reports each cycle once, at the first of its types in input order. */
  private static void checkCycle(ClassDef type, Map<String, TypeDef> byName, Set<String> path,
      Set<Set<String>> cycles, Problems problems) {
    if (!path.add(type.name())) {
      if (cycles.add(Set.copyOf(path))) {
        problems.error(type.location(), "\"" + type.name() + "\" inherits from itself: "
            + String.join(" -> ", path) + " -> " + type.name());
      }
      return;
    }
    for (ClassDef supertype : Hierarchy.supertypes(type, byName)) {
      if (supertype.name().equals(path.iterator().next()) || !path.contains(supertype.name())) {
        checkCycle(supertype, byName, path, cycles, problems);
      }
    }
    path.remove(type.name());
  }
}
