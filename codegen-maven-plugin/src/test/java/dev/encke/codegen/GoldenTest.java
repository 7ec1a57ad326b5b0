package dev.encke.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per feature, as in jsinterop-generator: {@code fixtures/<feature>/} holds small
 * definitions ({@code *.js}) and descriptors ({@code *.java}) and, for each generated type, the
 * expected source as {@code <SimpleName>.java.txt}, and for each library manifest the expected
 * JSON as {@code <library>.json.txt}. The generated files must equal the expected ones, and the
 * sources compile against the real runtime without a warning, Javadoc included.
 */
class GoldenTest {

  /** JavaScript namespaces of the fixtures and the Java packages they map to. */
  static final Map<String, String> PACKAGES = Map.of(
      "acme", "com.acme.widgets",
      "dijit", "com.acme.dijit",
      "jsx3", "com.acme.gi");

  @TempDir Path work;

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> children = Files.list(fixture(""))) {
      return children.map(path -> path.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void generatesTheExpectedSourcesAndTheyCompile(String feature) throws Exception {
    Path fixture = fixture(feature);
    Path output = work.resolve("java");
    GeneratorOptions.Builder options = GeneratorOptions.builder()
        .definitionsDirectory(fixture)
        .descriptorsDirectory(fixture)
        .outputDirectory(output)
        .resourcesDirectory(work.resolve("resources"))
        .stateFile(work.resolve("state"));
    PACKAGES.forEach(options::mapPackage);

    new Generator(options.build()).run();

    Map<String, String> generated = sourcesBySimpleName(output, ".java");
    Map<String, String> expected = sourcesBySimpleName(fixture, ".java.txt");
    assertThat(generated.keySet()).containsExactlyElementsOf(expected.keySet());
    for (String name : expected.keySet()) {
      assertThat(generated.get(name)).as(name).isEqualTo(expected.get(name));
    }
    assertThat(compile(output)).isEmpty();
    Map<String, String> manifests = sourcesBySimpleName(work.resolve("resources"), ".json");
    assertThat(manifests).isEqualTo(sourcesBySimpleName(fixture, ".json.txt"));
  }

  /** The diagnostics of compiling every file below {@code sources} with lint and doclint. */
  private List<String> compile(Path sources) throws IOException {
    return TestCompiler.compile(sources, work.resolve("classes"),
        List.of("-Xlint:all", "-Xdoclint:all,-missing"));
  }

  private static Map<String, String> sourcesBySimpleName(Path directory, String suffix)
      throws IOException {
    if (!Files.isDirectory(directory)) {
      return Map.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(path -> path.getFileName().toString().endsWith(suffix))
          .collect(Collectors.toMap(
              path -> path.getFileName().toString().replace(suffix, ""),
              GoldenTest::read,
              (a, b) -> {
                throw new AssertionError("two generated types share a simple name");
              },
              TreeMap::new));
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(GoldenTest.class.getResource("/fixtures/" + name).toURI());
  }
}
