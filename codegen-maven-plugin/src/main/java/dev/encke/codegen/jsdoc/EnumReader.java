package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.EnumDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.NumberKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mozilla.javascript.ast.AbstractObjectProperty;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.KeywordLiteral;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.NumberLiteral;
import org.mozilla.javascript.ast.ObjectLiteral;
import org.mozilla.javascript.ast.ObjectProperty;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.UnaryExpression;

/** Reads an {@code @enum} object literal. */
final class EnumReader {
  private EnumReader() {}

  static EnumDef read(String name, ObjectLiteral object, JsDoc doc, Location location,
      BiFunction<ObjectLiteral, AbstractObjectProperty, JsDoc> docs) {
    JsDoc.Tag tag = doc.first("enum").orElseThrow();
    JsType valueType = tag.type() == null
        ? new JsType.NumberType(NumberKind.DOUBLE)
        : TypeExpressionParser.parse(tag.type(), tag.typeOffset());
    List<EnumDef.Constant> constants = new ArrayList<>();
    for (AbstractObjectProperty element : object.getElements()) {
      if (!(element instanceof ObjectProperty property)) {
        throw new JsDocSyntaxException(element.getAbsolutePosition(),
            "enum \"" + name + "\" spreads another object: " + element.toSource());
      }
      String key = key(property.getKey()).orElseThrow(() -> new JsDocSyntaxException(
          property.getAbsolutePosition(), "enum \"" + name + "\" has a computed key"));
      String value = literal(property.getValue()).orElseThrow(() -> new JsDocSyntaxException(
          property.getValue().getAbsolutePosition(), "value of " + name + "." + key
              + " is not a literal: " + property.getValue().toSource()));
      constants.add(new EnumDef.Constant(key, key, value, docs.apply(object, element).toDoc()));
    }
    return new EnumDef(name, null, doc.toDoc(), valueType, constants, location);
  }

  static Optional<String> key(AstNode node) {
    if (node instanceof Name key) {
      return Optional.of(key.getIdentifier());
    }
    if (node instanceof StringLiteral key) {
      return Optional.of(key.getValue());
    }
    return Optional.empty();
  }

  /** A string's value, a number's or boolean's source text. */
  private static Optional<String> literal(AstNode node) {
    if (node instanceof StringLiteral string) {
      return Optional.of(string.getValue());
    }
    if (node instanceof NumberLiteral number) {
      return Optional.of(number.getValue());
    }
    if (node instanceof UnaryExpression unary && unary.getOperand() instanceof NumberLiteral
        && unary.toSource().startsWith("-")) {
      return Optional.of(unary.toSource());
    }
    if (node instanceof KeywordLiteral keyword && keyword.isBooleanLiteral()) {
      return Optional.of(keyword.toSource());
    }
    return Optional.empty();
  }
}
