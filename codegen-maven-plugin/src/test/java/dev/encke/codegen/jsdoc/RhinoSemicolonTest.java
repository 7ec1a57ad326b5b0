package dev.encke.codegen.jsdoc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;

/**
 * Rhino 1.9's bug with comments recorded: a statement without its semicolon, then a line that
 * starts with a comment, is a syntax error, because the line break before the comment is lost and
 * automatic semicolon insertion does not happen. Closure's {@code w3c_dom1.js} has this at
 * {@code Window.prototype.onmessageerror}. The definition reader parses without recording
 * comments, so it reads such files.
 */
class RhinoSemicolonTest {

  /** The smallest input that shows it: two statements, the first without its semicolon. */
  static final String REPRODUCTION =
      "/** @constructor */\nfunction W() {}\n"
          + "/** @type {number} */ W.prototype.a\n"
          + "/** @type {number} */ W.prototype.b;\n";

  @Test
  void rhinoWithCommentsRecordedRejectsTheReproduction() {
    List<String> errors = parse(REPRODUCTION, true);

    // When this fails, Rhino is fixed and the reader may record comments again.
    assertThat(errors).containsExactly("4: missing ; before statement");
    assertThat(parse(REPRODUCTION, false)).isEmpty();
  }

  @Test
  void theDefinitionReaderReadsBothDeclarationsWithTheirTypes() {
    Problems problems = new Problems();
    DefinitionReader reader = new DefinitionReader(problems);

    reader.readAll(Map.of(Path.of("w.js"), REPRODUCTION));

    TypeDef type = reader.types().get(0);
    assertThat(((ClassDef) type).properties()).extracting(PropertyDef::name)
        .containsExactly("a", "b");
    assertThat(problems.warnings()).isEmpty();
  }

  private static List<String> parse(String text, boolean recordComments) {
    CompilerEnvirons environment = new CompilerEnvirons();
    environment.setRecordingComments(recordComments);
    environment.setRecordingLocalJsDocComments(recordComments);
    environment.setLanguageVersion(Context.VERSION_ES6);
    environment.setIdeMode(true);
    List<String> errors = new ArrayList<>();
    ErrorReporter reporter = new ErrorReporter() {
      @Override
      public void warning(String message, String source, int line, String text, int offset) {}

      @Override
      public void error(String message, String source, int line, String text, int offset) {
        errors.add(line + ": " + message);
      }

      @Override
      public EvaluatorException runtimeError(String message, String source, int line,
          String text, int offset) {
        return new EvaluatorException(message, source, line, text, offset);
      }
    };
    new Parser(environment, reporter).parse(text, "w.js", 1);
    return errors;
  }
}
