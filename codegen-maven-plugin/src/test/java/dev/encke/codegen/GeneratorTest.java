package dev.encke.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run as the Maven goal makes it: incremental output and problems reported together. */
class GeneratorTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000L);

  @TempDir Path work;
  Path definitions;
  Path descriptors;
  Path output;

  @BeforeEach
  void folders() throws IOException {
    definitions = Files.createDirectories(work.resolve("widgets"));
    descriptors = Files.createDirectories(work.resolve("bindings"));
    output = work.resolve("generated");
  }

  @Test
  void anUnchangedRunRewritesNothing() throws Exception {
    write("greeting.js", greeting("show"));
    generate();
    Path greeting = output.resolve("com/acme/widgets/Greeting.java");
    Files.setLastModifiedTime(greeting, LONG_AGO);

    List<Path> written = generate();

    assertThat(written).isEmpty();
    assertThat(Files.getLastModifiedTime(greeting)).isEqualTo(LONG_AGO);
  }

  @Test
  void twoRunsFromScratchWriteTheSameBytes() throws Exception {
    write("greeting.js", greeting("show"));
    write("farewell.js", farewell(""));
    generate();
    String first = Files.readString(output.resolve("com/acme/widgets/Greeting.java"))
        + Files.readString(output.resolve("com/acme/widgets/Farewell.java"));
    Files.delete(work.resolve("state"));
    try (Stream<Path> files = Files.walk(output)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }

    generate();

    assertThat(Files.readString(output.resolve("com/acme/widgets/Greeting.java"))
        + Files.readString(output.resolve("com/acme/widgets/Farewell.java"))).isEqualTo(first);
  }

  @Test
  void aChangedInputRewritesOnlyTheFilesWhoseBytesChange() throws Exception {
    write("greeting.js", greeting("show"));
    write("farewell.js", farewell(""));
    generate();
    Path greeting = output.resolve("com/acme/widgets/Greeting.java");
    Path farewell = output.resolve("com/acme/widgets/Farewell.java");
    Files.setLastModifiedTime(greeting, LONG_AGO);
    Files.setLastModifiedTime(farewell, LONG_AGO);

    write("farewell.js", farewell("\n// a comment changes the input but not the output\n"));
    List<Path> unchanged = generate();
    write("greeting.js", greeting("wave"));
    List<Path> changed = generate();

    assertThat(unchanged).isEmpty();
    assertThat(changed).containsExactly(greeting);
    assertThat(Files.readString(greeting)).contains("public static void wave(String id)");
    assertThat(Files.getLastModifiedTime(farewell)).isEqualTo(LONG_AGO);
  }

  @Test
  void theOutputOfADeletedInputIsRemoved() throws Exception {
    write("greeting.js", greeting("show"));
    write("farewell.js", farewell(""));
    generate();

    Files.delete(definitions.resolve("farewell.js"));
    generate();

    assertThat(output.resolve("com/acme/widgets/Farewell.java")).doesNotExist();
    assertThat(output.resolve("com/acme/widgets/Greeting.java")).exists();
  }

  @Test
  void aNewPackageMappingMovesTheOutputAndRemovesTheOldFiles() throws Exception {
    write("greeting.js", greeting("show"));
    generate();

    run(Map.of("acme", "org.example.ui"));

    assertThat(output.resolve("org/example/ui/Greeting.java")).exists();
    assertThat(output.resolve("com")).doesNotExist();
  }

  @Test
  void aDeletedOutputFileIsWrittenAgainOnTheNextRun() throws Exception {
    write("greeting.js", greeting("show"));
    generate();
    Path greeting = output.resolve("com/acme/widgets/Greeting.java");
    Files.delete(greeting);

    assertThat(generate()).containsExactly(greeting);
  }

  @Test
  void everyProblemOfEveryInputIsReportedWithFileLineColumnAndToken() throws IOException {
    Path bad = write("bad.js", String.join("\n",
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
        ""));
    Path descriptor = descriptors.resolve("Ui.java");
    Files.writeString(descriptor, String.join("\n",
        "@JsNamespace(\"acme.ui\")",
        "interface Ui {",
        "  String title();",
        "}",
        ""), StandardCharsets.UTF_8);

    assertThatThrownBy(this::generate)
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(
                descriptor + ":3:3: \"title\" returns \"String\", but values come back "
                    + "asynchronously: declare CompletableFuture<String>",
                bad + ":6:18: unexpected '%' after type \"string\"",
                bad + ":10:1: unknown type \"Widget\" for parameter \"w\" of hide"));
    assertThat(output).doesNotExist();
  }

  @Test
  void aJavaScriptSyntaxErrorNamesFileLineColumnAndToken() throws IOException {
    Path bad = write("broken.js", "/** @const */\nvar acme = {};\nacme.ui = function (a b) {};\n");

    assertThatThrownBy(this::generate)
        .isInstanceOfSatisfying(GenerationException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          Problem problem = e.problems().get(0);
          assertThat(problem.file()).isEqualTo(bad);
          assertThat(problem.line()).isEqualTo(3);
          assertThat(problem.column()).isEqualTo(24);
          assertThat(problem.message()).isEqualTo("missing ) after formal parameters at \")\"");
        });
  }

  @Test
  void aJavaSyntaxErrorInADescriptorNamesFileLineAndColumn() throws IOException {
    Path descriptor = descriptors.resolve("Broken.java");
    Files.writeString(descriptor, "@JsNamespace(\"acme\")\ninterface Broken {\n  void show(;\n}\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(this::generate)
        .isInstanceOfSatisfying(GenerationException.class, e -> {
          Problem problem = e.problems().get(0);
          assertThat(problem.file()).isEqualTo(descriptor);
          assertThat(problem.line()).isEqualTo(3);
          assertThat(problem.column()).isEqualTo(13);
          assertThat(problem.message()).isEqualTo("unexpected \";\"");
        });
  }

  @Test
  void aNamespaceWithoutPackageMappingIsAProblem() throws IOException {
    Path file = write("other.js",
        "/** @const */\nvar other = {};\n/** Hi. */\nother.hi = function () {};\n");

    assertThatThrownBy(this::generate)
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(file + ":2:1: no packageMapping for \"other\"; map its namespace "
                + "\"other\" to a Java package or set the defaultPackage"));
  }

  @Test
  void aLibraryManifestFollowsItsDescriptorsAndGoesWithTheLast() throws Exception {
    write("greeting.js", greeting("show"));
    Path descriptor = Files.writeString(descriptors.resolve("Greeting.java"),
        "package com.acme.widgets;\n@JsNamespace(\"acme.greeting\")\n@Library(\"greetings\")\n"
            + "@Scripts(\"/greetings.js\")\ninterface Greeting {}\n");
    Path manifest = work.resolve("resources/META-INF/resources/encke/libraries/greetings.json");

    List<Path> first = generate();
    Files.setLastModifiedTime(manifest, LONG_AGO);
    List<Path> unchanged = generate();
    Files.delete(descriptor);
    generate();

    assertThat(first).contains(manifest);
    assertThat(unchanged).isEmpty();
    assertThat(manifest).doesNotExist();
    assertThat(work.resolve("resources/META-INF")).doesNotExist();
  }

  private List<Path> generate() throws Exception {
    return run(Map.of("acme", "com.acme.widgets"));
  }

  private List<Path> run(Map<String, String> packages) throws Exception {
    GeneratorOptions.Builder options = GeneratorOptions.builder()
        .definitionsDirectory(definitions)
        .descriptorsDirectory(descriptors)
        .outputDirectory(output)
        .resourcesDirectory(work.resolve("resources"))
        .stateFile(work.resolve("state"));
    packages.forEach(options::mapPackage);
    return new Generator(options.build()).run().written();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(definitions.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String greeting(String function) {
    return "/** @const */\nvar acme = {};\n/** @const */\nacme.greeting = {};\n"
        + "/** @param {string} id where */\nacme.greeting." + function + " = function (id) {};\n";
  }

  private static String farewell(String suffix) {
    return "/** @const */\nacme.farewell = {};\n"
        + "/** Says goodbye. */\nacme.farewell.wave = function () {};\n" + suffix;
  }
}
