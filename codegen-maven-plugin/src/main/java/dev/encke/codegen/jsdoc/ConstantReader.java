package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.JsType;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.KeywordLiteral;
import org.mozilla.javascript.ast.NumberLiteral;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.UnaryExpression;

/**
 * The value of a {@code @const} assigned a literal of its declared type, such as {@code
 * jsx3.gui.Form.STATEDISABLED = 0}: a Java constant can stand for it, so that server code writes
 * {@code Form.STATEDISABLED} instead of asking the page. An integer literal reads as an {@code
 * Integer} (a {@code Long} when it does not fit), any other number as a {@code Double}.
 */
final class ConstantReader {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

  private ConstantReader() {}

  /** The literal's value, if {@code value} is a literal of the {@code declared} type. */
  static Optional<Object> read(AstNode value, JsType declared) {
    JsType type = declared instanceof JsType.NonNull nonNull ? nonNull.type() : declared;
    if (type instanceof JsType.NumberType) {
      return number(value);
    }
    if (type instanceof JsType.Named named && named.name().equals("string")
        && value instanceof StringLiteral string) {
      return Optional.of(string.getValue());
    }
    if (type instanceof JsType.Named named && named.name().equals("boolean")
        && value instanceof KeywordLiteral keyword && keyword.isBooleanLiteral()) {
      return Optional.of(keyword.toSource().equals("true"));
    }
    return Optional.empty();
  }

  private static Optional<Object> number(AstNode value) {
    String text;
    if (value instanceof NumberLiteral number) {
      text = number.getValue();
    } else if (value instanceof UnaryExpression unary && unary.getOperand() instanceof NumberLiteral
        number && unary.toSource().startsWith("-")) {
      text = "-" + number.getValue();
    } else {
      return Optional.empty();
    }
    if (INTEGER.matcher(text).matches()) {
      long whole = Long.parseLong(text);
      return Optional.of(whole == (int) whole ? (Object) (int) whole : (Object) whole);
    }
    try {
      return Optional.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      // Hexadecimal and octal literals are rare in definitions; the property stays a getter.
      return Optional.empty();
    }
  }
}
