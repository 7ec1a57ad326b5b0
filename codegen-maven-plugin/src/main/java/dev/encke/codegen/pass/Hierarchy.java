package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The classes and interfaces of a model and what each names as its supertypes, for the passes
 * that follow {@code @extends}, {@code @implements} and {@code @mixes}.
 */
final class Hierarchy {

  private Hierarchy() {}

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

  /**
   * Rewrites every class with {@code step}, supertypes first: {@code step} gets the class and a
   * function that gives any other class as {@code step} already rewrote it. A class that inherits
   * from itself is left as it is; {@link SupertypesPass} reports it.
   */
  static Model supertypesFirst(Model model, Pass pass, Problems problems,
      BiFunction<ClassDef, UnaryOperator<ClassDef>, ClassDef> step) {
    Map<String, TypeDef> byName = model.byName();
    Map<String, ClassDef> done = new HashMap<>();
    Set<String> inProgress = new HashSet<>();
    final class Resolver implements UnaryOperator<ClassDef> {
      @Override
      public ClassDef apply(ClassDef type) {
        ClassDef finished = done.get(type.name());
        if (finished != null) {
          return finished;
        }
        ClassDef current = byName.get(type.name()) instanceof ClassDef declared ? declared : type;
        if (!inProgress.add(type.name())) {
          return current;
        }
        ClassDef result = step.apply(current, this);
        inProgress.remove(type.name());
        done.put(type.name(), result);
        return result;
      }
    }
    UnaryOperator<ClassDef> resolve = new Resolver();
    return model.mapTypes(Guard.each(pass, problems, type -> type instanceof ClassDef classDef
        ? resolve.apply(classDef) : type));
  }
}
