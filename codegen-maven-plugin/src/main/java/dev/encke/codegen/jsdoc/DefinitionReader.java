package dev.encke.codegen.jsdoc;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.TypeDef;
import java.nio.file.Path;
import java.util.List;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Node;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;

/**
 * Reads JavaScript definition files with Rhino and lowers their JSDoc-typed declarations to the
 * model. Syntax errors and JSDoc errors go to {@link Problems} with file, line and column; reading
 * continues so that one run reports every problem. Not thread-safe: one reader per run.
 *
 * <p>Call {@link #read} once per file, then {@link #types()}: members may be declared in another
 * file than their owner.
 */
public final class DefinitionReader {

  private final Problems problems;
  private final Declarations declarations;

  public DefinitionReader(Problems problems) {
    this.problems = problems;
    this.declarations = new Declarations(problems);
  }

  /** Reads the declarations in {@code text}, the content of {@code file}. */
  public void read(Path file, String text) {
    SourceText source = new SourceText(file, text);
    AstRoot root = parse(source);
    if (root == null) {
      return;
    }
    StatementReader statements = new StatementReader(source, declarations);
    for (Node statement : root) {
      try {
        statements.read((AstNode) statement);
      } catch (JsDocSyntaxException e) {
        Location at = source.locationOf(e.offset());
        problems.error(at, e.getMessage());
      }
    }
  }

  /** The types declared by every file read, their members attached. */
  public List<TypeDef> types() {
    return declarations.assemble();
  }

  private AstRoot parse(SourceText source) {
    CompilerEnvirons environment = new CompilerEnvirons();
    environment.setRecordingComments(true);
    environment.setRecordingLocalJsDocComments(true);
    environment.setLanguageVersion(Context.VERSION_ES6);
    environment.setIdeMode(true);
    SyntaxErrors errors = new SyntaxErrors(source);
    try {
      AstRoot root =
          new Parser(environment, errors).parse(source.text(), source.file().toString(), 1);
      return errors.reported ? null : root;
    } catch (EvaluatorException e) {
      if (!errors.reported) {
        problems.error(source.file(), Math.max(1, e.lineNumber()), Math.max(1, e.columnNumber()),
            e.details());
      }
      return null;
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
    public void warning(
        String message, String sourceName, int line, String lineSource, int lineOffset) {}

    /**
     * Rhino reports the offset just past the token where it stopped; the problem points at that
     * token's first character and quotes it.
     */
    @Override
    public void error(
        String message, String sourceName, int line, String lineSource, int lineOffset) {
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
    public EvaluatorException runtimeError(
        String message, String sourceName, int line, String lineSource, int lineOffset) {
      return new EvaluatorException(message, sourceName, line, lineSource, lineOffset);
    }
  }
}
