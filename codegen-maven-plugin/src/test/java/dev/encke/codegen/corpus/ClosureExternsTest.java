package dev.encke.codegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.codegen.Problem;
import dev.encke.codegen.TestCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Closure Compiler's 128 externs files generate, with nothing dropped silently, and the Java
 * compiles. Runs when {@code -Dencke.closure.externs} names the zip, and always in CI, where a
 * missing zip fails it.
 */
@EnabledIf(value = "runs", disabledReason = "Closure's externs are missing: pass "
    + "-Dencke.closure.externs=<path to externs.zip>, as scripts/test does from ../shared")
class ClosureExternsTest {

  private static final Pattern CODE = Pattern.compile("\\{@code ([^}]+)}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*");

  static boolean runs() {
    return ClosureExterns.location() != null || "true".equals(System.getenv("CI"));
  }

  private static ClosureExterns corpus;
  private static List<String> javacErrors;

  @BeforeAll
  static void generate() throws IOException {
    assertThat(ClosureExterns.location())
        .as("Closure's externs.zip named by -D" + ClosureExterns.PROPERTY
            + " (scripts/test passes ../shared/corpora/closure-externs/externs.zip)")
        .isNotNull();
    corpus = ClosureExterns.generated();
    if (corpus.result != null) {
      javacErrors = TestCompiler.compile(corpus.sources(), classes(),
              List.of("-nowarn", "-Xmaxerrs", "100000")).stream()
          .filter(diagnostic -> diagnostic.contains("error:"))
          .toList();
    }
  }

  private static Path classes() {
    return corpus.output.resolveSibling("classes");
  }

  @Test
  void everyFileGeneratesWithoutAnError() {
    // The zip holds 128 entries: 127 definition files and the folder browser/.
    assertThat(corpus.fileCount).isEqualTo(127);
    assertThat(corpus.failure)
        .as(() -> corpus.failure == null ? "" : corpus.failure.getMessage())
        .isNull();
    assertThat(corpus.result.warnings()).noneMatch(p -> p.kind() == Problem.Kind.INTERNAL);
  }

  @Test
  void everyDocumentedDeclarationIsGeneratedOrWarnedAbout() throws IOException {
    Set<String> generated = new HashSet<>();
    Set<String> documented = new HashSet<>();
    for (Path source : corpus.sources()) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher word = WORD.matcher(text);
      while (word.find()) {
        generated.add(word.group());
      }
      Matcher code = CODE.matcher(text);
      while (code.find()) {
        documented.add(code.group(1));
      }
    }
    Set<String> warned = new HashSet<>();
    for (Problem warning : corpus.result.warnings()) {
      warned.add(warning.file() + ":" + warning.line());
    }
    List<String> dropped = new ArrayList<>();
    for (Declaration declaration : Declaration.read(corpus.definitions)) {
      boolean found = declaration.isAlias()
          || warned.contains(declaration.file() + ":" + declaration.line())
          || documented.contains(declaration.name())
          || generated.contains(declaration.memberName());
      if (!found) {
        dropped.add(declaration.toString());
      }
    }
    assertThat(dropped).isEmpty();
  }

  @Test
  void theGeneratedJavaCompiles() {
    assertThat(javacErrors).isNotNull();
    List<String> errors = javacErrors;
    assertThat(errors).as("%d javac errors, the first: %s", errors.size(),
        errors.stream().limit(20).toList()).isEmpty();
  }

  /** Writes what was generated, by kind, to {@code target/closure-externs-counts.txt}. */
  @AfterAll
  static void writeCounts() throws IOException {
    if (corpus == null || corpus.result == null) {
      return;
    }
    Map<String, Integer> warnings = new TreeMap<>();
    corpus.result.warnings().forEach(w -> warnings.merge(w.kind().name(), 1, Integer::sum));
    Counts counts = Counts.of(classes());
    StringBuilder report = new StringBuilder()
        .append("files read: ").append(corpus.fileCount).append('\n')
        .append("generated types: ").append(counts.types()).append('\n')
        .append("generated members: ").append(counts.members()).append('\n')
        .append("warnings: ").append(corpus.result.warnings().size()).append('\n');
    warnings.forEach((kind, count) -> report.append("  ").append(kind).append(": ")
        .append(count).append('\n'));
    Path file = Path.of("target", "closure-externs-counts.txt");
    Files.writeString(file, report, StandardCharsets.UTF_8);
    System.out.print(report);
  }
}
