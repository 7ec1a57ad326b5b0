package dev.encke.codegen.jsdoc;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.Comment;
import org.mozilla.javascript.ast.ExpressionStatement;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.Assignment;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.ObjectLiteral;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.VariableDeclaration;
import org.mozilla.javascript.ast.VariableInitializer;

/**
 * Reads one JavaScript definition file with Rhino and lowers its JSDoc-typed declarations to the
 * model. Syntax errors and JSDoc errors go to {@link Problems} with file, line and column; reading
 * continues so that one run reports every problem.
 */
public final class DefinitionReader {

  private final Problems problems;

  public DefinitionReader(Problems problems) {
    this.problems = problems;
  }

  /** Reads the namespaces declared in {@code text}, the content of {@code file}. */
  public List<NamespaceDef> read(Path file, String text) {
    SourceText source = new SourceText(file, text);
    AstRoot root = parse(source);
    if (root == null) {
      return List.of();
    }
    Map<String, NamespaceBuilder> namespaces = new LinkedHashMap<>();
    for (org.mozilla.javascript.Node statement : root) {
      try {
        readStatement((AstNode) statement, source, namespaces);
      } catch (JsDocSyntaxException e) {
        Location at = source.locationOf(e.offset());
        problems.error(file, at.line(), at.column(), e.getMessage());
      }
    }
    List<NamespaceDef> result = new ArrayList<>();
    for (NamespaceBuilder builder : namespaces.values()) {
      result.add(builder.build());
    }
    return result;
  }

  private AstRoot parse(SourceText source) {
    CompilerEnvirons environment = new CompilerEnvirons();
    environment.setRecordingComments(true);
    environment.setRecordingLocalJsDocComments(true);
    environment.setLanguageVersion(Context.VERSION_ES6);
    environment.setIdeMode(true);
    SyntaxErrors errors = new SyntaxErrors(source);
    try {
      AstRoot root = new Parser(environment, errors).parse(source.text(), source.file().toString(), 1);
      return errors.reported ? null : root;
    } catch (EvaluatorException e) {
      if (!errors.reported) {
        problems.error(source.file(), Math.max(1, e.lineNumber()), Math.max(1, e.columnNumber()),
            e.details());
      }
      return null;
    }
  }

  private void readStatement(
      AstNode statement, SourceText source, Map<String, NamespaceBuilder> namespaces) {
    if (statement instanceof VariableDeclaration declaration) {
      for (VariableInitializer variable : declaration.getVariables()) {
        if (variable.getTarget() instanceof Name name
            && variable.getInitializer() instanceof ObjectLiteral) {
          JsDoc doc = jsDoc(declaration, source);
          if (doc != null && doc.has("const")) {
            namespaces.put(name.getIdentifier(),
                new NamespaceBuilder(name.getIdentifier(), doc, source.locationOf(
                    declaration.getAbsolutePosition())));
          }
        }
      }
    } else if (statement instanceof ExpressionStatement expression
        && expression.getExpression() instanceof Assignment assignment
        && assignment.getLeft() instanceof PropertyGet target) {
      JsDoc doc = jsDoc(assignment, source);
      String qualifiedName = target.toSource();
      Location location = source.locationOf(statement.getAbsolutePosition());
      if (assignment.getRight() instanceof ObjectLiteral && doc != null && doc.has("const")) {
        namespaces.put(qualifiedName, new NamespaceBuilder(qualifiedName, doc, location));
      } else if (assignment.getRight() instanceof FunctionNode function) {
        NamespaceBuilder owner = namespaces.get(target.getTarget().toSource());
        if (owner != null) {
          owner.functions.add(readFunction(target.getProperty().getIdentifier(), function, doc,
              location));
        }
      }
    }
  }

  private static JsDoc jsDoc(AstNode node, SourceText source) {
    Comment comment = node.getJsDocNode();
    if (comment == null && node.getParent() != null) {
      comment = node.getParent().getJsDocNode();
    }
    return comment == null
        ? null
        : JsDocParser.parse(comment.getValue(), comment.getAbsolutePosition());
  }

  private static FunctionDef readFunction(
      String name, FunctionNode function, JsDoc doc, Location location) {
    JsDoc effective = doc == null ? new JsDoc("", List.of()) : doc;
    Map<String, JsDoc.Tag> paramTags = new LinkedHashMap<>();
    for (JsDoc.Tag tag : effective.all("param")) {
      String[] words = tag.text().split("\\s+", 2);
      paramTags.put(words[0], tag);
    }
    List<Parameter> parameters = new ArrayList<>();
    for (AstNode param : function.getParams()) {
      String paramName = param.toSource();
      JsDoc.Tag tag = paramTags.get(paramName);
      if (tag == null || tag.type() == null) {
        throw new JsDocSyntaxException(param.getAbsolutePosition(),
            "parameter \"" + paramName + "\" of " + name + " has no @param {type}");
      }
      String[] words = tag.text().split("\\s+", 2);
      parameters.add(new Parameter(paramName, TypeExpressionParser.parse(tag.type(),
          tag.typeOffset()), words.length > 1 ? words[1] : ""));
    }
    JsType returnType = effective.first("return")
        .filter(tag -> tag.type() != null)
        .map(tag -> TypeExpressionParser.parse(tag.type(), tag.typeOffset()))
        .orElse(new JsType.Void());
    return new FunctionDef(name, parameters, returnType, effective.description(), location);
  }

  private static final class NamespaceBuilder {
    private final String qualifiedName;
    private final JsDoc doc;
    private final Location location;
    private final List<FunctionDef> functions = new ArrayList<>();

    NamespaceBuilder(String qualifiedName, JsDoc doc, Location location) {
      this.qualifiedName = qualifiedName;
      this.doc = doc;
      this.location = location;
    }

    NamespaceDef build() {
      return new NamespaceDef(qualifiedName, doc.description(), functions, location);
    }
  }

  /** Turns Rhino's syntax errors into problems that quote the offending token. */
  private final class SyntaxErrors implements ErrorReporter {
    private final SourceText source;
    private boolean reported;

    SyntaxErrors(SourceText source) {
      this.source = source;
    }

    @Override
    public void warning(String message, String sourceName, int line, String lineSource,
        int lineOffset) {}

    /**
     * Rhino reports the offset just past the token where it stopped; the problem points at that
     * token's first character and quotes it.
     */
    @Override
    public void error(String message, String sourceName, int line, String lineSource,
        int lineOffset) {
      reported = true;
      int end = lineSource == null ? 0 : Math.min(Math.max(lineOffset, 0), lineSource.length());
      while (end > 0 && Character.isWhitespace(lineSource.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && !Character.isWhitespace(lineSource.charAt(start - 1))
          && isTokenChar(lineSource.charAt(start - 1)) == isTokenChar(lineSource.charAt(end - 1))) {
        start--;
      }
      String token = end > start ? " at \"" + lineSource.substring(start, end) + "\"" : "";
      problems.error(source.file(), line, start + 1, message + token);
    }

    private static boolean isTokenChar(char c) {
      return Character.isJavaIdentifierPart(c);
    }

    @Override
    public EvaluatorException runtimeError(String message, String sourceName, int line,
        String lineSource, int lineOffset) {
      return new EvaluatorException(message, sourceName, line, lineSource, lineOffset);
    }
  }
}
