package dev.encke.codegen.pass;

import dev.encke.codegen.model.BuiltinTypes;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a parameter type erases to in Java, as far as telling overloads apart goes: {@code
 * Element} and {@code Node} both become {@code JsRef} where no definition declares them, {@code
 * Array<string>} and {@code Array<number>} both {@code List}. Mirrors the writers' type mapping.
 */
final class Erasure {

  private final Set<String> declared;

  /** The erasures of the types of a model, whose declared names replace built-in ones. */
  Erasure(Model model) {
    this.declared = model.byName().keySet();
  }

  /** The erasures of the parameters' types, comma-separated: what tells overloads apart. */
  String of(List<Parameter> parameters) {
    return String.join(",", parameters.stream().map(p -> of(p.type())).toList());
  }

  String of(JsType type) {
    if (type instanceof JsType.NonNull nonNull) {
      return of(nonNull.type());
    }
    if (type instanceof JsType.Rest rest) {
      return of(rest.type()) + "[]";
    }
    if (type instanceof JsType.Nullable nullable) {
      return boxed(of(nullable.type()));
    }
    if (type instanceof JsType.NumberType number) {
      return number.kind().name().toLowerCase(Locale.ROOT);
    }
    if (type instanceof JsType.FunctionType function) {
      return "function/" + function.parameters().size();
    }
    if (type instanceof JsType.Named named) {
      return named(named);
    }
    return "Object";
  }

  /**
   * The whole Java type, type arguments included and boxed as in a future: what must be equal
   * for an override's result to be the overridden one's, and for two parameters to be one.
   */
  String full(JsType type) {
    if (type instanceof JsType.NonNull nonNull) {
      return full(nonNull.type());
    }
    if (type instanceof JsType.Nullable nullable) {
      return full(nullable.type());
    }
    if (type instanceof JsType.OptionalArgument optional) {
      return full(optional.type());
    }
    if (type instanceof JsType.Rest rest) {
      return full(rest.type()) + "[]";
    }
    if (type instanceof JsType.NumberType number) {
      return boxed(number.kind().name().toLowerCase(Locale.ROOT));
    }
    if (type instanceof JsType.TypeVariable variable) {
      return "<" + variable.name() + ">";
    }
    if (type instanceof JsType.Undefined) {
      return "void";
    }
    if (type instanceof JsType.Union union) {
      Set<String> alternatives = new java.util.LinkedHashSet<>();
      union.alternatives().stream().filter(a -> !a.isAbsent()).forEach(a -> alternatives.add(
          full(a)));
      return alternatives.size() == 1 ? alternatives.iterator().next() : "Object";
    }
    if (type instanceof JsType.FunctionType function) {
      return "function/" + function.parameters().size();
    }
    if (type instanceof JsType.Named named) {
      String raw = boxed(named(named));
      if (named.name().equals("Object") && named.arguments().size() > 1) {
        return raw + "<" + full(named.arguments().get(named.arguments().size() - 1)) + ">";
      }
      return named.arguments().isEmpty() ? raw : raw + "<" + String.join(",",
          named.arguments().stream().map(this::full).toList()) + ">";
    }
    return "Object";
  }

  private String named(JsType.Named named) {
    String name = named.name();
    if (BuiltinTypes.PAGE_OBJECTS.contains(name) && !declared.contains(name)) {
      return "JsRef";
    }
    switch (name) {
      case "string" -> {
        return "String";
      }
      case "Array" -> {
        return "List";
      }
      case "Object" -> {
        return named.arguments().isEmpty() ? "Object" : "Map";
      }
      default -> {
        return name;
      }
    }
  }

  private static String boxed(String erasure) {
    return switch (erasure) {
      case "int" -> "Integer";
      case "long" -> "Long";
      case "double" -> "Double";
      case "boolean" -> "Boolean";
      default -> erasure;
    };
  }
}
