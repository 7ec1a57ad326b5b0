package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what JavaScript expresses in one signature into Java overloads. Optional parameters
 * give one overload per length: {@code show(id, duration=)} becomes {@code show(id)} and {@code
 * show(id, duration)}. A union parameter gives one overload per alternative: {@code
 * byId((string|!Element))} becomes {@code byId(String)} and {@code byId(JsRef)}, as long as a
 * function does not expand to more than {@value #MAX_OVERLOADS}; beyond that the union stays,
 * typed {@code Object} and documented. Overloads Java cannot tell apart are written once.
 */
final class OverloadsPass implements Pass {

  static final int MAX_OVERLOADS = 8;

  @Override
  public Model applyTo(Model model, Problems problems) {
    Erasure erasure = new Erasure(model);
    return model.mapTypes(Guard.each(this, problems, type -> {
      if (!(type instanceof MemberOwner owner)) {
        return type;
      }
      MemberOwner expanded = owner.withMembers(expand(owner.functions(), erasure, problems),
          owner.properties());
      if (expanded instanceof ClassDef classDef) {
        return classDef.toBuilder()
            .constructors(expand(classDef.constructors(), erasure, problems))
            .build();
      }
      return expanded;
    }));
  }

  private static List<FunctionDef> expand(List<FunctionDef> functions, Erasure erasure,
      Problems problems) {
    List<FunctionDef> result = new ArrayList<>();
    for (FunctionDef function : functions) {
      if (checkOrder(function, problems)) {
        result.addAll(overloads(function, erasure));
      } else {
        result.add(function);
      }
    }
    return result;
  }

  /** Optional parameters may only be followed by optional ones and a final rest parameter. */
  private static boolean checkOrder(FunctionDef function, Problems problems) {
    List<Parameter> parameters = function.parameters();
    boolean optionalSeen = false;
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      JsType type = parameter.type();
      if (type instanceof JsType.Rest && i < parameters.size() - 1) {
        problems.error(function.location(), "rest parameter \"" + parameter.name() + "\" of "
            + function.name() + " is not the last one");
        return false;
      }
      if (type.isOptional()) {
        optionalSeen = true;
      } else if (optionalSeen && !(type instanceof JsType.Rest)) {
        problems.error(function.location(), "parameter \"" + parameter.name() + "\" of "
            + function.name() + " is required but follows an optional one");
        return false;
      }
    }
    return true;
  }

  private static List<FunctionDef> overloads(FunctionDef function, Erasure erasure) {
    List<Parameter> parameters = function.parameters();
    int required = 0;
    while (required < parameters.size() && !parameters.get(required).type().isOptional()
        && !(parameters.get(required).type() instanceof JsType.Rest)) {
      required++;
    }
    List<List<Parameter>> lengths = new ArrayList<>();
    for (int length = required; length <= parameters.size(); length++) {
      // A Java varargs parameter also accepts no arguments: no overload without it.
      boolean restLeftOut = length == parameters.size() - 1
          && parameters.get(length).type() instanceof JsType.Rest;
      if (!restLeftOut) {
        lengths.add(parameters.subList(0, length).stream()
            .map(p -> p.withType(present(p.type())))
            .toList());
      }
    }
    List<List<Parameter>> signatures = new ArrayList<>();
    for (List<Parameter> signature : lengths) {
      signatures.addAll(alternatives(signature));
    }
    if (signatures.size() > MAX_OVERLOADS) {
      signatures = lengths;
    }
    Map<String, FunctionDef> distinct = new LinkedHashMap<>();
    for (List<Parameter> signature : signatures) {
      distinct.putIfAbsent(erasure.of(signature),
          function.toBuilder().parameters(signature).build());
    }
    return List.copyOf(distinct.values());
  }

  /** Every signature with each union parameter replaced by one of its alternatives. */
  private static List<List<Parameter>> alternatives(List<Parameter> signature) {
    List<List<Parameter>> results = new ArrayList<>();
    results.add(List.of());
    for (Parameter parameter : signature) {
      List<List<Parameter>> next = new ArrayList<>();
      for (List<Parameter> prefix : results) {
        for (JsType alternative : unionAlternatives(parameter.type())) {
          List<Parameter> extended = new ArrayList<>(prefix);
          extended.add(parameter.withType(alternative));
          next.add(extended);
        }
      }
      results = next;
    }
    return results;
  }

  /** The alternatives of a union, {@code ?} carried onto each when it allows null. */
  private static List<JsType> unionAlternatives(JsType type) {
    boolean nullable = type instanceof JsType.Nullable;
    JsType bare = type.bare();
    if (!(bare instanceof JsType.Union union)) {
      return List.of(type);
    }
    boolean allowsNull = nullable || union.alternatives().stream()
        .anyMatch(alternative -> alternative instanceof JsType.Null);
    return union.alternatives().stream()
        .filter(alternative -> !alternative.isAbsent())
        .map(alternative -> allowsNull ? (JsType) new JsType.Nullable(alternative) : alternative)
        .toList();
  }

  /** The type of an optional parameter when it is given: {@code T} for {@code T=}. */
  private static JsType present(JsType type) {
    if (type instanceof JsType.OptionalArgument optional) {
      return present(optional.type());
    }
    if (type.bare() instanceof JsType.Union union
        && union.alternatives().stream().anyMatch(a -> a instanceof JsType.Undefined)) {
      List<JsType> rest = union.alternatives().stream()
          .filter(a -> !(a instanceof JsType.Undefined))
          .toList();
      return rest.size() == 1 ? rest.get(0) : new JsType.Union(rest);
    }
    return type;
  }
}
