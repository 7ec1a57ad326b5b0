package dev.encke.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake in definitions and descriptors, reported where it is made. */
class ProblemReportTest {

  private static final String ACME = "/** @const */\nvar acme = {};\n";

  @TempDir Path work;

  @Test
  void aClassThatInheritsFromItself() throws IOException {
    assertProblem("cycle.js", ACME
            + "/** @constructor @extends {acme.B} */\nacme.A = function () {};\n"
            + "/** @constructor @extends {acme.A} */\nacme.B = function () {};\n",
        ":4:1: \"acme.A\" inherits from itself: acme.A -> acme.B -> acme.A");
  }

  @Test
  void extendingAnInterface() throws IOException {
    assertProblem("extends.js", ACME
            + "/** @interface */\nacme.I = function () {};\n"
            + "/** @constructor @extends {acme.I} */\nacme.C = function () {};\n",
        ":6:1: @extends of \"acme.C\" names \"acme.I\", which is not a @constructor");
  }


  @Test
  void aRequiredParameterAfterAnOptionalOne() throws IOException {
    assertProblem("order.js", ACME
            + "/** @const */\nacme.ui = {};\n"
            + "/** @param {string=} a @param {string} b */\nacme.ui.f = function (a, b) {};\n",
        ":6:1: parameter \"b\" of f is required but follows an optional one");
  }

  @Test
  void aParamTagThatNamesNoParameter() throws IOException {
    assertProblem("stray.js", ACME
            + "/** @const */\nacme.ui = {};\n"
            + "/** @param {string} id @param {number} count */\nacme.ui.f = function (id) {};\n",
        ":5:24: @param \"count\" names no parameter of f");
  }

  @Test
  void aTypedefThatNamesItself() throws IOException {
    assertProblem("alias.js", ACME + "/** @typedef {(string|acme.T)} */\nacme.T;\n",
        ":4:1: @typedef \"acme.T\" refers to itself: acme.T -> acme.T");
  }

  @Test
  void aNameDeclaredTwice() throws IOException {
    String namespace = "/** @const */\nacme.ui = {};\n";
    Path file = write("twice.js", ACME + namespace + namespace);

    assertProblems(file + ":6:1: \"acme.ui\" is declared twice; first at " + file + ":4:1");
  }

  @Test
  void aFluentDescriptorMethodThatReturnsAnotherType() throws IOException {
    assertDescriptorProblem(
        "@JsClass(\"acme.C\")\ninterface C {\n  @Fluent\n  String show();\n}\n",
        ":4:3: @Fluent \"show\" returns \"String\"; it must return the descriptor's own type C");
  }

  @Test
  void aLookupWithoutItsClassParameter() throws IOException {
    assertDescriptorProblem(
        "@JsNamespace(\"acme\")\ninterface Acme {\n  @Lookup\n"
            + "  <T extends JsObject> T byId(String id);\n}\n",
        ":3:3: @Lookup \"byId\" must be declared <T extends JsObject> T byId(…, Class<T> type)");
  }

  @Test
  void aDescriptorWithoutJsNamespaceOrJsClass() throws IOException {
    assertDescriptorProblem("interface Plain {\n  void show();\n}\n",
        ":1:1: descriptor \"Plain\" needs exactly one of @JsNamespace(\"…\") and "
            + "@JsClass(\"…\")");
  }

  @Test
  void aDescriptorOfAClassForANamespace() throws IOException {
    write("ui.js",
        ACME + "/** @const */\nacme.ui = {};\n/** Hi. */\nacme.ui.hi = function () {};\n");
    assertDescriptorProblem("@JsClass(\"acme.ui\")\ninterface Ui {\n}\n",
        ":1:1: descriptor for \"acme.ui\" does not match its definition at "
            + work.resolve("widgets/ui.js") + ":4:1: use @JsNamespace for it");
  }

  @Test
  void propertyAccessorsWithoutASetter() throws IOException {
    assertDescriptorProblem("@JsClass(\"acme.Widget\")\n@PropertyAccessors(get = \"get\")\n"
            + "interface Widget {}\n",
        ":1:1: @PropertyAccessors of \"Widget\" needs both get = \"…\" and set = \"…\"");
  }

  @Test
  void aLibraryNameAPageCannotDeclare() throws IOException {
    assertDescriptorProblem("@JsNamespace(\"acme\")\n@Library(\"my lib\")\n"
            + "@Scripts(\"/acme.js\")\ninterface Acme {\n  void hi();\n}\n",
        ":1:1: library name \"my lib\" of \"acme\" may hold only letters, digits, '.', '_' "
            + "and '-'");
  }

  @Test
  void scriptsOfOneLibraryRequiredInContradictingOrders() throws IOException {
    Path bindings = Files.createDirectories(work.resolve("bindings"));
    Files.writeString(bindings.resolve("A.java"), "@JsClass(\"acme.A\")\n"
        + "@Scripts({\"/first.js\", \"/second.js\"})\ninterface A {}\n");
    assertDescriptorProblem("@JsClass(\"acme.B\")\n@Scripts({\"/second.js\", \"/first.js\"})\n"
            + "interface B {}\n",
        ":1:1: the scripts of library \"acme\" are required in different orders: \"acme.B\" "
            + "loads /second.js before /first.js, another type the other way round");
  }

  private void assertProblem(String name, String definition, String expected) throws IOException {
    Path file = write(name, definition);
    assertProblems(file + expected);
  }

  private void assertDescriptorProblem(String descriptor, String expected) throws IOException {
    Path file = Files.createDirectories(work.resolve("bindings")).resolve("Descriptor.java");
    Files.writeString(file, descriptor, StandardCharsets.UTF_8);
    assertProblems(file + expected);
  }

  private void assertProblems(String... expected) {
    GeneratorOptions options = GeneratorOptions.builder()
        .definitionsDirectory(work.resolve("widgets"))
        .descriptorsDirectory(work.resolve("bindings"))
        .outputDirectory(work.resolve("java"))
        .stateFile(work.resolve("state"))
        .mapPackage("acme", "com.acme")
        .build();
    assertThatThrownBy(() -> new Generator(options).run())
        .isInstanceOfSatisfying(GenerationException.class, e ->
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(expected));
  }

  private Path write(String name, String content) throws IOException {
    Path directory = Files.createDirectories(work.resolve("widgets"));
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }
}
