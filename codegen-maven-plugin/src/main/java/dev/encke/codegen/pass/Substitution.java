package dev.encke.codegen.pass;

import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.JsTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type arguments a class gives a generic supertype: for {@code @extends {Set<string>}}, the
 * {@code VALUE} of {@code Set} is {@code string}, so that what the class inherits reads in its
 * own terms. A template the reference leaves out is {@code ?}.
 */
final class Substitution {

  private final Map<String, JsType> arguments;

  private Substitution(Map<String, JsType> arguments) {
    this.arguments = arguments;
  }

  /** What {@code reference}, a type naming {@code supertype}, binds its templates to. */
  static Substitution of(ClassDef supertype, JsType reference) {
    List<JsType> given = reference != null && reference.bare() instanceof JsType.Named named
        ? named.arguments() : List.of();
    Map<String, JsType> arguments = new HashMap<>();
    for (int i = 0; i < supertype.templates().size(); i++) {
      arguments.put(supertype.templates().get(i),
          i < given.size() ? given.get(i) : new JsType.Unknown());
    }
    return new Substitution(arguments);
  }

  /** This substitution, then {@code outer}: for a supertype's supertype. */
  Substitution then(Substitution outer) {
    Map<String, JsType> composed = new HashMap<>();
    arguments.forEach((name, type) -> composed.put(name, outer.apply(type)));
    return new Substitution(composed);
  }

  JsType apply(JsType type) {
    if (arguments.isEmpty()) {
      return type;
    }
    return JsTypes.transform(type, part -> part instanceof JsType.TypeVariable variable
        && arguments.containsKey(variable.name()) ? arguments.get(variable.name()) : part);
  }

  FunctionDef apply(FunctionDef function) {
    if (arguments.isEmpty()) {
      return function;
    }
    return function.toBuilder()
        .parameters(function.parameters().stream().map(p -> p.withType(apply(p.type()))).toList())
        .returnType(apply(function.returnType()))
        .build();
  }

  /** The reference among {@code type}'s supertypes that names {@code supertype}, or null. */
  static JsType reference(ClassDef type, ClassDef supertype) {
    if (type.superClass() != null && names(type.superClass(), supertype)) {
      return type.superClass();
    }
    return type.interfaces().stream().filter(i -> names(i, supertype)).findFirst().orElse(null);
  }

  private static boolean names(JsType reference, ClassDef type) {
    return reference.bare() instanceof JsType.Named named && named.name().equals(type.name());
  }
}
