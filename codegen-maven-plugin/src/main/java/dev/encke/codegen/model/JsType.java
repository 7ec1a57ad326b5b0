package dev.encke.codegen.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A type expression of the Closure type grammar, as written in a definition's JSDoc or lowered
 * from a descriptor's Java type. {@link #toString()} spells the type the way JSDoc does, for
 * messages and Javadoc.
 */
public sealed interface JsType {

  /** This type without {@code !} and {@code ?} wrappers. */
  default JsType bare() {
    if (this instanceof NonNull nonNull) {
      return nonNull.type().bare();
    }
    if (this instanceof Nullable nullable) {
      return nullable.type().bare();
    }
    return this;
  }

  /** Whether this is {@code null} or {@code undefined}. */
  default boolean isAbsent() {
    return this instanceof Null || this instanceof Undefined;
  }

  /** {@code T=}, or a union with {@code undefined}: a value that may be left out. */
  default boolean isOptional() {
    return this instanceof OptionalArgument
        || bare() instanceof Union union
        && union.alternatives().stream().anyMatch(a -> a instanceof Undefined);
  }

  /** {@code *}: any value. */
  record Any() implements JsType {
    @Override
    public String toString() {
      return "*";
    }
  }

  /** {@code ?} alone: a value of unknown type. */
  record Unknown() implements JsType {
    @Override
    public String toString() {
      return "?";
    }
  }

  /** {@code undefined} or {@code void}: no value. */
  record Undefined() implements JsType {
    @Override
    public String toString() {
      return "undefined";
    }
  }

  /** {@code null}, which only means something inside a union. */
  record Null() implements JsType {
    @Override
    public String toString() {
      return "null";
    }
  }

  /** {@code number}, with the Java kind a descriptor chose; definitions always say double. */
  record NumberType(NumberKind kind) implements JsType {
    @Override
    public String toString() {
      return "number";
    }
  }

  /**
   * A type by (possibly qualified) name with optional type arguments: {@code string}, {@code
   * Array<string>}, {@code Object<string, number>}, {@code dijit.Editor}.
   */
  record Named(String name, List<JsType> arguments) implements JsType {
    public Named {
      arguments = List.copyOf(arguments);
    }

    public Named(String name) {
      this(name, List.of());
    }

    @Override
    public String toString() {
      return arguments.isEmpty() ? name : name + "<" + join(arguments, ", ") + ">";
    }
  }

  /** A template type such as {@code T} of {@code @template T}. */
  record TypeVariable(String name) implements JsType {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code ?T}: {@code T} or {@code null}. */
  record Nullable(JsType type) implements JsType {
    @Override
    public String toString() {
      return "?" + type;
    }
  }

  /** {@code !T}: {@code T}, never {@code null}. */
  record NonNull(JsType type) implements JsType {
    @Override
    public String toString() {
      return "!" + type;
    }
  }

  /** {@code (A|B)}: a value of one of the alternatives. */
  record Union(List<JsType> alternatives) implements JsType {
    public Union {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public String toString() {
      return "(" + join(alternatives, "|") + ")";
    }
  }

  /** {@code {a: number, b: string}}: an object of the given shape. */
  record RecordType(List<Field> fields) implements JsType {
    public RecordType {
      fields = List.copyOf(fields);
    }

    @Override
    public String toString() {
      return fields.stream()
          .map(field -> field.name() + ": " + field.type())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }

  /** One field of a {@link RecordType}. */
  record Field(String name, JsType type) {}

  /** {@code function(string, number): boolean}. The return type is {@link Undefined} when absent. */
  record FunctionType(List<JsType> parameters, JsType returnType) implements JsType {
    public FunctionType {
      parameters = List.copyOf(parameters);
    }

    @Override
    public String toString() {
      String result = returnType instanceof Undefined ? "" : ": " + returnType;
      return "function(" + join(parameters, ", ") + ")" + result;
    }
  }

  /** {@code T=}: a parameter that may be left out. */
  record OptionalArgument(JsType type) implements JsType {
    @Override
    public String toString() {
      return type + "=";
    }
  }

  /** {@code ...T}: any number of trailing arguments. */
  record Rest(JsType type) implements JsType {
    @Override
    public String toString() {
      return "..." + type;
    }
  }

  /**
   * The type of a property declared {@code @override} without one of its own: the type of the
   * property it overrides, until inheritance is resolved.
   */
  record Inherited() implements JsType {
    @Override
    public String toString() {
      return "?";
    }
  }

  /**
   * A Java type named in a descriptor, such as {@code com.acme.Editor}, until type resolution
   * finds the JavaScript type that generates it.
   */
  record JavaReference(String qualifiedName) implements JsType {
    @Override
    public String toString() {
      return qualifiedName;
    }
  }

  private static String join(List<JsType> types, String separator) {
    return types.stream().map(JsType::toString).collect(Collectors.joining(separator));
  }
}
