package dev.encke.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

  @TempDir Path output;
  @TempDir Path definitions;

  @Test
  void anUnchangedRunRewritesNothing() throws Exception {
    Path fixture = fixture("namespace");
    generate(fixture);
    Path greeting = output.resolve("java/com/acme/widgets/Greeting.java");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(greeting, before);

    List<Path> written = generate(fixture);

    assertThat(written).isEmpty();
    assertThat(Files.getLastModifiedTime(greeting)).isEqualTo(before);
  }

  @Test
  void everyProblemIsReportedWithFileLineAndColumn() throws IOException {
    Path bad = definitions.resolve("bad.js");
    Files.writeString(bad, String.join("\n",
        "/** @const */",
        "var acme = {};",
        "/** @const */",
        "acme.ui = {};",
        "/**",
        " * @param {string%} id",
        " */",
        "acme.ui.show = function (id) {};",
        "/** @param {Widget} w */",
        "acme.ui.hide = function (w) {};",
        ""), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> generate(definitions))
        .isInstanceOfSatisfying(GenerationException.class, e -> {
          assertThat(e.problems()).extracting(Problem::toString).containsExactly(
              bad + ":6:18: unexpected '%' after type \"string\"",
              bad + ":10:1: unknown type \"Widget\" for parameter \"w\" of hide");
        });
  }

  @Test
  void aJavaScriptSyntaxErrorNamesFileLineColumnAndToken() throws IOException {
    Path bad = definitions.resolve("broken.js");
    Files.writeString(bad, "/** @const */\nvar acme = {};\nacme.ui = function (a b) {};\n");

    assertThatThrownBy(() -> generate(definitions))
        .isInstanceOfSatisfying(GenerationException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          Problem problem = e.problems().get(0);
          assertThat(problem.file()).isEqualTo(bad);
          assertThat(problem.line()).isEqualTo(3);
          assertThat(problem.column()).isEqualTo(24);
          assertThat(problem.message())
              .isEqualTo("missing ) after formal parameters at \")\"");
        });
  }

  private List<Path> generate(Path definitionsDirectory) throws Exception {
    return new Generator(
            GeneratorOptions.builder()
                .definitionsDirectory(definitionsDirectory)
                .outputDirectory(output.resolve("java"))
                .stateFile(output.resolve("state"))
                .mapPackage("acme", "com.acme.widgets")
                .build())
        .run();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(GeneratorTest.class.getResource("/fixtures/" + name).toURI());
  }
}
