package dev.encke.codegen.jsdoc;

import dev.encke.codegen.Problem;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.TypeDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * <p>Rhino parses without recording comments, and each declaration's JSDoc is found in the text
 * before it: with comments recorded, Rhino 1.9 loses the line break before a comment, so a
 * statement without its semicolon followed by a commented line is a syntax error (automatic
 * semicolon insertion fails), and Closure's {@code w3c_dom1.js} would not parse.
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
    readAll(Map.of(file, text));
  }

  /**
   * Reads the declarations of several files, given as their content by path in the order to
   * read them. Rhino parses the files in parallel; declarations are read in order.
   */
  public void readAll(Map<Path, String> files) {
    List<Parsed> parsed = files.entrySet().parallelStream()
        .map(file -> parse(new SourceText(file.getKey(), file.getValue())))
        .toList();
    for (Parsed file : parsed) {
      file.syntaxErrors().forEach(problems::error);
      if (file.root() != null) {
        readStatements(file.source(), file.root());
      }
    }
  }

  private void readStatements(SourceText source, AstRoot root) {
    StatementReader statements = new StatementReader(source, declarations, problems);
    int previousEnd = 0;
    for (Node child : root) {
      AstNode statement = (AstNode) child;
      int start = statement.getAbsolutePosition();
      try {
        statements.read(statement, source.jsDocBetween(previousEnd, start));
      } catch (JsDocSyntaxException e) {
        problems.error(source.locationOf(e.offset()), e.getMessage());
      } catch (RuntimeException e) {
        problems.internal(source.locationOf(start), "the statement \""
            + source.excerpt(start, start + statement.getLength()) + "\"", e);
      }
      previousEnd = start + statement.getLength();
    }
  }

  /** The types declared by every file read, their members attached. */
  public List<TypeDef> types() {
    return declarations.assemble();
  }

  /** One file parsed: its tree, or the syntax errors that kept Rhino from building one. */
  private record Parsed(SourceText source, AstRoot root, List<Problem> syntaxErrors) {}

  /** Parses one file; safe to call from several threads at once. */
  private static Parsed parse(SourceText source) {
    CompilerEnvirons environment = new CompilerEnvirons();
    environment.setRecordingComments(false);
    environment.setLanguageVersion(Context.VERSION_ES6);
    environment.setIdeMode(true);
    SyntaxErrors errors = new SyntaxErrors(source);
    AstRoot root = null;
    try {
      root = new Parser(environment, errors).parse(source.text(), source.file().toString(), 1);
    } catch (EvaluatorException e) {
      if (errors.found.isEmpty()) {
        errors.found.add(new Problem(source.file(), Math.max(1, e.lineNumber()),
            Math.max(1, e.columnNumber()), e.details()));
      }
    }
    return new Parsed(source, errors.found.isEmpty() ? root : null, errors.found);
  }

  /** Turns Rhino's syntax errors into problems that quote the offending token. */
  private static final class SyntaxErrors implements ErrorReporter {
    private final SourceText source;
    private final List<Problem> found = new ArrayList<>();

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
      found.add(new Problem(source.file(), line, start + 1, message + token));
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
