package dev.encke.codegen.descriptor;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads annotation values by simple or qualified name; descriptors are never compiled. */
final class Annotations {
  private Annotations() {}

  static Optional<AnnotationExpr> find(
      NodeWithAnnotations<?> node, String simpleName) {
    return node.getAnnotations().stream()
        .filter(a -> a.getNameAsString().equals(simpleName)
            || a.getNameAsString().equals("dev.encke.binding." + simpleName))
        .findFirst();
  }

  static boolean has(
      NodeWithAnnotations<?> node, String simpleName) {
    return find(node, simpleName).isPresent();
  }

  static Optional<String> stringValue(
      NodeWithAnnotations<?> node, String simpleName) {
    List<String> values = find(node, simpleName).map(Annotations::values).orElse(null);
    if (values == null) {
      return Optional.empty();
    }
    return Optional.of(values.isEmpty() ? "" : values.get(0));
  }

  static List<String> stringValues(
      NodeWithAnnotations<?> node, String simpleName) {
    return find(node, simpleName).map(Annotations::values).orElse(List.of());
  }

  /** The string value of the member {@code name = "…"} of an annotation, if it is written. */
  static Optional<String> member(
      NodeWithAnnotations<?> node, String simpleName, String name) {
    return find(node, simpleName)
        .filter(AnnotationExpr::isNormalAnnotationExpr)
        .flatMap(annotation -> annotation.asNormalAnnotationExpr().getPairs().stream()
            .filter(pair -> pair.getNameAsString().equals(name))
            .findFirst())
        .filter(pair -> pair.getValue().isStringLiteralExpr())
        .map(pair -> pair.getValue().asStringLiteralExpr().asString());
  }

  private static List<String> values(AnnotationExpr annotation) {
    List<String> values = new ArrayList<>();
    annotation.walk(StringLiteralExpr.class,
        literal -> values.add(literal.asString()));
    return values;
  }
}
