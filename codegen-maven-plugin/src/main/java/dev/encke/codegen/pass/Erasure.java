package dev.encke.codegen.pass;

import dev.encke.codegen.model.BuiltinTypes;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Parameter;
import java.util.List;
import java.util.Locale;

/**
 * What a parameter type erases to in Java, as far as telling overloads apart goes: {@code
 * Element} and {@code Node} both become {@code JsRef}, {@code Array<string>} and {@code
 * Array<number>} both {@code List}. Mirrors the writers' type mapping.
 */
final class Erasure {

  private Erasure() {}

  /** The erasures of the parameters' types, comma-separated: what tells overloads apart. */
  static String of(List<Parameter> parameters) {
    return String.join(",", parameters.stream().map(p -> of(p.type())).toList());
  }

  static String of(JsType type) {
    if (type instanceof JsType.NonNull nonNull) {
      return of(nonNull.type());
    }
    if (type instanceof JsType.Rest rest) {
      return of(rest.type()) + "[]";
    }
    if (type instanceof JsType.Nullable nullable) {
      return boxed(of(nullable.type()));
    }
    if (type instanceof JsType.Number number) {
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

  private static String named(JsType.Named named) {
    String name = named.name();
    if (BuiltinTypes.PAGE_OBJECTS.contains(name)) {
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
