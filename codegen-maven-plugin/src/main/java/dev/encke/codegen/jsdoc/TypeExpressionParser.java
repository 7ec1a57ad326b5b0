package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.JsType;

/**
 * Recursive-descent parser for Closure type expressions. This first grammar reads {@code *}, {@code
 * ?}, {@code undefined}/{@code void} and (qualified) type names; anything else is reported with the
 * offending token.
 *
 * <pre>
 * type      := '*' | '?' | name
 * name      := identifier ('.' identifier)*
 * </pre>
 */
final class TypeExpressionParser {

  private final String text;
  private final int baseOffset;
  private int position;

  private TypeExpressionParser(String text, int baseOffset) {
    this.text = text;
    this.baseOffset = baseOffset;
  }

  /**
   * Parses {@code text}, whose first character sits at {@code baseOffset} in the file.
   *
   * @throws JsDocSyntaxException at the offending token
   */
  static JsType parse(String text, int baseOffset) {
    TypeExpressionParser parser = new TypeExpressionParser(text, baseOffset);
    JsType type = parser.type();
    parser.skipSpaces();
    if (parser.position < text.length()) {
      throw parser.error("unexpected '" + parser.token() + "' after type \"" + text.substring(0,
          parser.position).strip() + "\"");
    }
    return type;
  }

  private JsType type() {
    skipSpaces();
    if (position >= text.length()) {
      throw error("empty type");
    }
    char c = text.charAt(position);
    if (c == '*') {
      position++;
      return new JsType.All();
    }
    if (c == '?') {
      position++;
      return new JsType.Unknown();
    }
    if (Character.isJavaIdentifierStart(c)) {
      String name = qualifiedName();
      return name.equals("undefined") || name.equals("void")
          ? new JsType.Void()
          : new JsType.Named(name);
    }
    throw error("unexpected '" + token() + "' in type \"" + text + "\"");
  }

  private String qualifiedName() {
    int start = position;
    identifier();
    while (position < text.length() && text.charAt(position) == '.') {
      position++;
      identifier();
    }
    return text.substring(start, position);
  }

  private void identifier() {
    if (position >= text.length() || !Character.isJavaIdentifierStart(text.charAt(position))) {
      throw error("expected a name but found '" + token() + "'");
    }
    while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
      position++;
    }
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private String token() {
    if (position >= text.length()) {
      return "end of type";
    }
    int end = position + 1;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))
        && Character.isJavaIdentifierPart(text.charAt(position))) {
      end++;
    }
    return text.substring(position, end);
  }

  private JsDocSyntaxException error(String message) {
    return new JsDocSyntaxException(baseOffset + position, message);
  }
}
