package dev.encke.bindings.gi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Browser;
import dev.encke.ScriptSession;
import dev.encke.bindings.gi.GiConformance.Coverage;
import dev.encke.js.Js;
import dev.encke.js.JsObject;
import dev.encke.js.JsRef;
import dev.encke.testing.SharedFolder;
import dev.encke.testkit.PushRecorder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GI binding follows GI's own API documentation, the XML of {@code api/xml} in the GI copy of
 * {@code -Dencke.gi.home}: every class, method, constant and parameter type the generated proxies
 * offer is checked against it, and a proxy that says otherwise is caught.
 */
class GiApiConformanceTest {

  /** The controls a trading screen uses, which the binding must cover. */
  private static final List<String> CONTROLS = List.of("jsx3.gui.Button", "jsx3.gui.TextBox",
      "jsx3.gui.Select", "jsx3.gui.CheckBox", "jsx3.gui.RadioButton", "jsx3.gui.DatePicker",
      "jsx3.gui.Slider", "jsx3.gui.Matrix", "jsx3.gui.Dialog", "jsx3.gui.Block",
      "jsx3.gui.TabbedPane", "jsx3.gui.Menu");

  @RegisterExtension
  static final SharedFolder giHome = SharedFolder.giHome();

  @RegisterExtension
  final PushRecorder pushes = PushRecorder.create();

  @Test
  void everyClassMethodConstantAndParameterTypeOfTheBindingIsGis() throws Exception {
    GiConformance conformance = new GiConformance(GiApi.of(giHome.path()), pushes);

    List<Coverage> covered = proxies().map(type -> conformance.check(type, GiNames.of(type)))
        .toList();

    covered.forEach(c -> System.out.printf("GI conformance: %-28s %3d methods, %2d constants%n",
        c.giName(), c.methods(), c.constants()));
    assertThat(conformance.problems()).isEmpty();
    assertThat(covered).extracting(Coverage::giName).containsAll(CONTROLS);
    assertThat(covered).allSatisfy(c -> assertThat(c.methods() + c.constants()).isPositive());
  }

  @Test
  void theOneFunctionGisDocumentationLacksIsInItsRuntime() throws Exception {
    ScriptSession page = pushes.openPage("/gi.html");

    Browser.withSession(page.id(), () -> GI.getServer("app").getBodyBlock().repaint());

    assertThat(pushes.commandsTo(page)).extracting(Object::toString)
        .containsExactly("jsx3.getApp(\"app\").getBodyBlock().repaint()");
    assertThat(GI.class.getDeclaredMethods()).extracting(java.lang.reflect.Method::getName)
        .containsExactly("getServer");
    Path api = giHome.path().resolve("api/xml/jsx3/package-summary.xml");
    assertThat(Files.readString(api)).doesNotContain("name=\"getApp\"");
    assertThat(Files.readString(giHome.path().resolve("JSX/js/saf/jsx.js")))
        .contains("jsx3.getApp=jsx3.lang.System.getApp");
  }

  @Test
  void aProxyThatSaysOtherwiseThanGiIsCaught() {
    GiConformance conformance = new GiConformance(GiApi.of(giHome.path()), pushes);

    conformance.check(Mistaken.class, "jsx3.gui.Button");

    assertThat(conformance.problems()).containsExactlyInAnyOrder(
        "dev.encke.bindings.gi.GiApiConformanceTest$Mistaken.DEFAULTHEIGHT is 18, GI's is 17",
        "dev.encke.bindings.gi.GiApiConformanceTest$Mistaken.DEFAULTDEPTH: GI's jsx3.gui.Button"
            + " has no constant DEFAULTDEPTH",
        "Mistaken.fly[] calls doFly, which GI's jsx3.gui.Button does not document",
        "Mistaken.setEnabled[String]: parameter 1 is a String, GI's intEnabled a [int]",
        "Mistaken.setText[String, boolean, int] sends 3 arguments, GI's jsx3.gui.Button.setText"
            + " takes 2",
        "Mistaken.getText[] returns a Integer, GI's jsx3.gui.Button.getText a [String]");
  }

  /** Every generated GI proxy: the classes and interfaces, not the namespace or the records. */
  private static Stream<Class<?>> proxies() throws IOException, URISyntaxException {
    Path classes = Path.of(GI.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path folder = classes.resolve(GiNames.JAVA_PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.walk(folder)) {
      return files.map(file -> classes.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .map(GiApiConformanceTest::load)
          .filter(type -> type != GI.class && !type.isRecord())
          .toList().stream();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A hand-written proxy of jsx3.gui.Button that gets GI wrong in every way checked. */
  public static final class Mistaken extends JsObject {
    public static final int DEFAULTHEIGHT = 18;
    public static final String DEFAULTDEPTH = "3";

    public Mistaken(JsRef ref) {
      super(ref);
    }

    public void fly() {
      Js.call(ref(), "doFly");
    }

    public void setEnabled(String state) {
      Js.call(ref(), "setEnabled", state);
    }

    public void setText(String text, boolean repaint, int times) {
      Js.call(ref(), "setText", text, repaint, times);
    }

    public CompletableFuture<Integer> getText() {
      return Js.callForValue(Integer.class, ref(), "getText");
    }
  }
}
