package dev.encke.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Definitions written by others, as Closure's externs are: every form that once crashed the
 * generator or produced Java that did not compile is generated, or skipped with a warning, and
 * what is generated compiles. Globals need no package mapping of their own.
 */
class RealWorldDefinitionsTest {

  @TempDir Path work;

  /** The cases that crashed, or gave Java that did not parse, each with what must be generated. */
  static Stream<Arguments> onceBroken() {
    return Stream.of(
        Arguments.of("a setter parameter named after a property 1",
            "/** @constructor */\nfunction RegExp() {}\n/** @type {string} */\nRegExp.$1;\n",
            "public static void set$1(String $1)"),
        Arguments.of("a templated result with varargs",
            "/** @constructor @template T */\nfunction List() {}\n"
                + "/** @param {...T} var_args @return {T} @template T */\n"
                + "List.first = function (var_args) {};\n",
            "public static <T> CompletableFuture<T> first(Class<T> resultType, T... varArgs)"),
        Arguments.of("a callback of three arguments on an interface member",
            "/** @interface */\nfunction Walker() {}\n"
                + "/** @param {function(string, number, boolean)} visit */\n"
                + "Walker.prototype.walk = function (visit) {};\n",
            "interface WalkVisit"),
        Arguments.of("an inline record on an interface member",
            "/** @interface */\nfunction Walker() {}\n"
                + "/** @param {{depth: number}} options */\n"
                + "Walker.prototype.walk = function (options) {};\n",
            "record WalkOptions(double depth)"),
        Arguments.of("a template followed by a description",
            "/** @constructor @template TArrayBuffer (unused) */\nfunction View() {}\n",
            "class View<TArrayBuffer> extends JsObject"),
        Arguments.of("a template computed by a type transformation",
            "/** @constructor @template TYPE */\nfunction Promise() {}\n"
                + "/** @return {RESULT} @template RESULT := type('Promise', TYPE) =: */\n"
                + "Promise.prototype.then = function () {};\n",
            "public Promise<Object> then()"),
        Arguments.of("a member declared on the constructor and on the prototype",
            "/** @constructor */\nfunction Node() {}\n/** @const {number} */\nNode.TEXT = 3;\n"
                + "/** @const {number} */\nNode.prototype.TEXT;\n",
            "public static final int TEXT = 3;"),
        Arguments.of("parameters named alike once opt_ is dropped",
            "/** @param {number} format @param {number=} opt_format */\n"
                + "function pick(format, opt_format) {}\n",
            "pick(double format, double optFormat)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onceBroken")
  void aFormThatOnceBrokeTheGeneratorGeneratesJavaThatCompiles(String form, String definition,
      String expected) throws Exception {
    write("form.js", definition);

    run(false);

    assertThat(sources()).contains(expected);
    assertThat(TestCompiler.compile(work.resolve("java"), work.resolve("classes"),
        List.of("-Xlint:all,-rawtypes,-unchecked"))).isEmpty();
  }

  @Test
  void globalFunctionsAndVariablesAreStaticMembersOfGlobalInTheDefaultPackage()
      throws Exception {
    write("globals.js", "/** @param {string} text @return {number} */\n"
        + "function parseFloat(text) {}\n/** @type {string} */\nvar title;\n");

    run(false);

    String global = Files.readString(work.resolve("java/org/example/web/Global.java"));
    assertThat(global)
        .contains("private static final JsRef NAMESPACE = JsRef.global(\"window\");")
        .contains("public static CompletableFuture<Double> parseFloat(String text)")
        .contains("public static CompletableFuture<String> getTitle()");
  }

  @Test
  void aComputedMemberIsSkippedWithAWarningThatNamesIt() throws Exception {
    Path file = write("iterable.js", "/** @constructor */\nfunction Bag() {}\n"
        + "/** @return {!Iterator<?>} */\nBag.prototype[Symbol.iterator] = function () {};\n");

    GenerationResult result = run(false);

    assertThat(result.warnings()).extracting(Problem::toString).containsExactly(file
        + ":4:1: warning: \"Bag.prototype[Symbol.iterator] = function () {};\" is skipped: a "
        + "computed member name such as [Symbol.iterator] has no Java name");
  }

  @Test
  void aCallbackWhoseResultThePageNeedsLeavesOutTheOverloadsThatTakeIt() throws Exception {
    Path file = write("sort.js", "/** @constructor */\nfunction Row() {}\n"
        + "/** @param {function(string, string): number=} compare */\n"
        + "Row.prototype.sort = function (compare) {};\n");

    GenerationResult result = run(false);

    assertThat(sources()).contains("public void sort()").doesNotContain("sort(BiConsumer");
    assertThat(result.warnings()).extracting(Problem::toString).containsExactly(file
        + ":4:1: warning: function \"sort\" of \"Row\" is skipped with its parameter "
        + "\"compare\": the page needs the result (number) of that function at once, and a "
        + "server callback answers asynchronously");
  }

  @Test
  void aPropertyWhoseGetterAFunctionIsAlreadyIsSkippedWithAWarning() throws Exception {
    Path file = write("clash.js", "/** @constructor */\nfunction C() {}\n"
        + "/** @type {string} */\nC.prototype.title;\n"
        + "/** @return {string} */\nC.prototype.getTitle = function () {};\n");

    GenerationResult result = run(false);

    assertThat(result.warnings()).extracting(Problem::toString).containsExactly(file
        + ":4:1: warning: property \"title\" of \"C\" would become the Java method "
        + "getTitle() as function \"getTitle\" does; it is skipped (a descriptor can rename it)");
  }

  @Test
  void aStrictRunFailsOnWarningsAndWritesNothing() throws IOException {
    Path file = write("untyped.js", "/** @constructor */\nfunction C() {}\n"
        + "/** Somewhere. */\nC.prototype.where;\n");

    assertThatThrownBy(() -> run(true))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(file + ":4:1: warning: \"C.where\" has no @type, so it is of "
                + "unknown type"));
    assertThat(work.resolve("java")).doesNotExist();
  }

  private GenerationResult run(boolean strict) throws Exception {
    return new Generator(GeneratorOptions.builder()
        .definitionsDirectory(work.resolve("widgets"))
        .outputDirectory(work.resolve("java"))
        .stateFile(work.resolve("state"))
        .defaultPackage("org.example.web")
        .strict(strict)
        .build()).run();
  }

  private String sources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> walk = Files.walk(work.resolve("java"))) {
      for (Path file : walk.filter(path -> path.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private Path write(String name, String content) throws IOException {
    Path directory = Files.createDirectories(work.resolve("widgets"));
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }
}
