package dev.encke.codegen.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Rewrites type expressions. */
public final class JsTypes {

  private JsTypes() {}

  /**
   * Rewrites {@code type} bottom-up: {@code rewrite} sees each node after its parts were
   * rewritten.
   */
  public static JsType transform(JsType type, UnaryOperator<JsType> rewrite) {
    Function<JsType, JsType> inner = part -> transform(part, rewrite);
    JsType rebuilt;
    if (type instanceof JsType.Named named) {
      rebuilt = new JsType.Named(named.name(), map(named.arguments(), inner));
    } else if (type instanceof JsType.Nullable nullable) {
      rebuilt = new JsType.Nullable(inner.apply(nullable.type()));
    } else if (type instanceof JsType.NonNull nonNull) {
      rebuilt = new JsType.NonNull(inner.apply(nonNull.type()));
    } else if (type instanceof JsType.Union union) {
      rebuilt = new JsType.Union(map(union.alternatives(), inner));
    } else if (type instanceof JsType.RecordType record) {
      rebuilt = new JsType.RecordType(record.fields().stream()
          .map(field -> new JsType.Field(field.name(), inner.apply(field.type())))
          .toList());
    } else if (type instanceof JsType.FunctionType function) {
      rebuilt = new JsType.FunctionType(map(function.parameters(), inner),
          inner.apply(function.returnType()));
    } else if (type instanceof JsType.OptionalArgument optional) {
      rebuilt = new JsType.OptionalArgument(inner.apply(optional.type()));
    } else if (type instanceof JsType.Rest rest) {
      rebuilt = new JsType.Rest(inner.apply(rest.type()));
    } else {
      rebuilt = type;
    }
    return rewrite.apply(rebuilt);
  }

  private static List<JsType> map(List<JsType> types, Function<JsType, JsType> mapping) {
    return types.stream().map(mapping).toList();
  }
}
