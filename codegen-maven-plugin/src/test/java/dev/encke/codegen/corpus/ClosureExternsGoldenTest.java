package dev.encke.codegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DOM and language types Elemental2 is judged by, as generated from all of Closure's externs:
 * listeners that {@code removeEventListener} can remove, {@code @this} templates that stay out of
 * the methods, interfaces with a proxy class, integers where the integer entities say, unions as
 * overloads and {@code @see} that links. Expected sources are in {@code corpus/golden}.
 */
@EnabledIf(value = "dev.encke.codegen.corpus.ClosureExternsTest#runs",
    disabledReason = "Closure's externs are missing: pass "
        + "-Dencke.closure.externs=<path to externs.zip>, as scripts/test does from ../shared")
class ClosureExternsGoldenTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Document", "Element", "EventTarget", "Array", "Promise"})
  void aTypeOfTheCorpusIsGeneratedAsExpected(String type) throws IOException {
    ClosureExterns corpus = ClosureExterns.generated();
    Path generated = corpus.output.resolve(
        ClosureExterns.PACKAGE.replace('.', '/') + "/" + type + ".java");

    assertThat(Files.readString(generated, StandardCharsets.UTF_8)).isEqualTo(expected(type));
  }

  private static String expected(String type) throws IOException {
    try (InputStream in = ClosureExternsGoldenTest.class.getResourceAsStream(
        "golden/" + type + ".java.txt")) {
      return new String(Objects.requireNonNull(in, type).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
