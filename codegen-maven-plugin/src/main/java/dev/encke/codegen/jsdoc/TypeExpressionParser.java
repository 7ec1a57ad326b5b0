package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.NumberKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for Closure type expressions, the text between the braces of a JSDoc
 * tag. Problems are reported with the offending token and its offset in the file.
 *
 * <pre>
 * top       := '...' union? | union '='?
 * union     := prefixed ('|' prefixed)*
 * prefixed  := '?' prefixed | '!' prefixed | '?' | primary ('?' | '!')?
 * primary   := '*' | '(' union ')' | '{' fields? '}' | function | name arguments?
 * fields    := field (',' field)* ','?      field := identifier (':' union)?
 * function  := 'function' '(' (context ',')? (top (',' top)*)? ')' (':' union)?
 * context   := ('this' | 'new') ':' union
 * name      := identifier ('.' identifier)*
 * arguments := '.'? '&lt;' union (',' union)* '&gt;'
 * </pre>
 *
 * <p>{@code undefined} and {@code void} read as {@link JsType.Undefined}, {@code null} as {@link
 * JsType.Null} and {@code number} as a double {@link JsType.NumberType}; every other name stays a
 * {@link JsType.Named} for the passes to resolve.
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
    JsType type = parser.top();
    parser.skipSpaces();
    if (!parser.atEnd()) {
      throw parser.error("unexpected '" + parser.token() + "' after type \""
          + text.substring(0, parser.position).strip() + "\"");
    }
    return type;
  }

  private JsType top() {
    skipSpaces();
    if (text.startsWith("...", position)) {
      position += 3;
      skipSpaces();
      return new JsType.Rest(startsType() ? union() : new JsType.Any());
    }
    JsType type = union();
    if (accept('=')) {
      return new JsType.OptionalArgument(type);
    }
    return type;
  }

  private JsType union() {
    List<JsType> alternatives = new ArrayList<>();
    alternatives.add(prefixed());
    while (accept('|')) {
      alternatives.add(prefixed());
    }
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    List<JsType> flat = new ArrayList<>();
    for (JsType alternative : alternatives) {
      if (alternative instanceof JsType.Union nested) {
        flat.addAll(nested.alternatives());
      } else {
        flat.add(alternative);
      }
    }
    return new JsType.Union(flat);
  }

  private JsType prefixed() {
    skipSpaces();
    if (accept('!')) {
      return new JsType.NonNull(prefixed());
    }
    if (accept('?')) {
      skipSpaces();
      return startsType() ? new JsType.Nullable(prefixed()) : new JsType.Unknown();
    }
    JsType primary = primary();
    if (accept('?')) {
      return new JsType.Nullable(primary);
    }
    return accept('!') ? new JsType.NonNull(primary) : primary;
  }

  private JsType primary() {
    skipSpaces();
    if (atEnd()) {
      throw error(position == 0 ? "empty type" : "type ends early in \"" + text + "\"");
    }
    char c = text.charAt(position);
    if (c == '*') {
      position++;
      return new JsType.Any();
    }
    if (c == '(') {
      position++;
      JsType type = union();
      expect(')');
      return type;
    }
    if (c == '{') {
      return recordType();
    }
    if (Character.isJavaIdentifierStart(c)) {
      return named();
    }
    throw error("unexpected '" + token() + "' in type \"" + text + "\"");
  }

  private JsType recordType() {
    expect('{');
    List<JsType.Field> fields = new ArrayList<>();
    skipSpaces();
    if (!accept('}')) {
      do {
        skipSpaces();
        if (peek() == '}') {
          break;
        }
        String name = identifier();
        JsType type = accept(':') ? union() : new JsType.Any();
        fields.add(new JsType.Field(name, type));
      } while (accept(','));
      expect('}');
    }
    return new JsType.RecordType(fields);
  }

  private JsType named() {
    int start = position;
    String name = identifier();
    if (name.equals("function")) {
      skipSpaces();
      if (peek() == '(') {
        return functionType();
      }
    }
    while (peek() == '.' && position + 1 < text.length()
        && Character.isJavaIdentifierStart(text.charAt(position + 1))) {
      position++;
      identifier();
    }
    name = text.substring(start, position);
    List<JsType> arguments = typeArguments();
    switch (name) {
      case "undefined", "void" -> {
        return new JsType.Undefined();
      }
      case "null" -> {
        return new JsType.Null();
      }
      case "number" -> {
        return new JsType.NumberType(NumberKind.DOUBLE);
      }
      default -> {
        return new JsType.Named(name, arguments);
      }
    }
  }

  private List<JsType> typeArguments() {
    int start = position;
    accept('.');
    if (!accept('<')) {
      position = start;
      return List.of();
    }
    List<JsType> arguments = new ArrayList<>();
    do {
      arguments.add(union());
    } while (accept(','));
    expect('>');
    return arguments;
  }

  private JsType functionType() {
    expect('(');
    List<JsType> parameters = new ArrayList<>();
    skipSpaces();
    if (!accept(')')) {
      do {
        skipSpaces();
        if (!skipContext()) {
          parameters.add(top());
        }
      } while (accept(','));
      expect(')');
    }
    JsType returnType = accept(':') ? union() : new JsType.Undefined();
    return new JsType.FunctionType(parameters, returnType);
  }

  /** Skips {@code this:T} or {@code new:T}: the receiver does not change the Java signature. */
  private boolean skipContext() {
    for (String context : List.of("this", "new")) {
      int after = position + context.length();
      if (text.startsWith(context, position) && after < text.length()
          && text.substring(after).stripLeading().startsWith(":")) {
        position = after;
        expect(':');
        union();
        return true;
      }
    }
    return false;
  }

  private boolean startsType() {
    if (atEnd()) {
      return false;
    }
    char c = text.charAt(position);
    return c == '*' || c == '(' || c == '{' || c == '!' || c == '?'
        || Character.isJavaIdentifierStart(c);
  }

  private String identifier() {
    skipSpaces();
    if (atEnd() || !Character.isJavaIdentifierStart(text.charAt(position))) {
      throw error("expected a name but found '" + token() + "' in type \"" + text + "\"");
    }
    int start = position;
    while (!atEnd() && Character.isJavaIdentifierPart(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  private boolean accept(char c) {
    skipSpaces();
    if (peek() == c) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw error("expected '" + c + "' but found '" + token() + "' in type \"" + text + "\"");
    }
  }

  private char peek() {
    return atEnd() ? '\0' : text.charAt(position);
  }

  private boolean atEnd() {
    return position >= text.length();
  }

  private void skipSpaces() {
    while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private String token() {
    if (atEnd()) {
      return "end of type";
    }
    int end = position + 1;
    if (Character.isJavaIdentifierPart(text.charAt(position))) {
      while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
        end++;
      }
    }
    return text.substring(position, end);
  }

  private JsDocSyntaxException error(String message) {
    return new JsDocSyntaxException(baseOffset + position, message);
  }
}
