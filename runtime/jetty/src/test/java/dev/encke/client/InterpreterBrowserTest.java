package dev.encke.client;

import static dev.encke.client.PartPage.jsonLines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The interpreter alone ({@code interpreter.js}) applying operations to a real page's DOM. */
class InterpreterBrowserTest {

  @RegisterExtension
  static final PartPage page = PartPage.of("interpreter");

  @Test
  void callsAFunctionByItsPathWithArgumentsThatStayText() {
    String hostile = "<img src=x onerror=alert(1)>";

    List<Object> errors = apply("""
        [{"op":"call","on":{"path":["fixture"]},"fn":"setText","args":["out","%s"]}]
        """.formatted(hostile));

    assertThat(errors).containsExactly((Object) null);
    assertThat(page.run("return document.getElementById('out').textContent")).isEqualTo(hostile);
    assertThat(page.run("return document.querySelectorAll('#out img').length")).isEqualTo(0L);
  }

  @Test
  void setsAPropertyOfTheElementAnExpressionNames() {
    apply("""
        [{"op":"set","on":{"on":{"path":["document"]},"call":"getElementById","args":["field"]},
          "prop":"value","value":"typed"}]
        """);

    assertThat(page.run("return document.getElementById('field').value")).isEqualTo("typed");
  }

  @Test
  void refusesNamesAndFunctionsThatReachCode() {
    List<Object> errors = apply("""
        [{"op":"call","on":{"path":["window"]},"fn":"eval","args":["1"]},
         {"op":"call","on":{"path":["fixture","constructor"]},"fn":"call","args":[]},
         {"op":"call","on":{"path":["fixture"]},"fn":"evaluate","args":["1"]},
         {"op":"get","on":{"path":["fixture"]},"prop":"__proto__","reply":1}]
        """);

    assertThat(errors).containsExactly("refused name: eval", "refused name: constructor",
        "refused function: evaluate", "refused name: __proto__");
    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"reply","id":1,"error":"refused name: __proto__"}"""));
  }

  @Test
  void refusesAssignmentsThatWouldTurnTextIntoMarkupOrScript() {
    List<Object> errors = apply("""
        [{"op":"set","on":{"on":{"path":["document"]},"call":"getElementById","args":["out"]},
          "prop":"innerHTML","value":"<b>bold</b>"},
         {"op":"set","on":{"on":{"path":["document"]},"call":"getElementById","args":["link"]},
          "prop":"href","value":" JavaScript:alert(1)"}]
        """);

    assertThat(errors).containsExactly("refused property: innerHTML",
        "refused javascript: URL for href");
    assertThat(page.run("return document.getElementById('out').innerHTML")).isEqualTo("");
    assertThat(page.run("return document.getElementById('link').getAttribute('href')"))
        .isEqualTo("#top");
  }

  @Test
  void keepsWhatItConstructsOrBindsInItsSlotUntilReleased() {
    List<Object> errors = apply("""
        [{"op":"new","ctor":{"path":["fixture","Counter"]},"args":[5],"slot":3},
         {"op":"call","on":{"slot":3},"fn":"increment","args":[],"reply":10},
         {"op":"call","on":{"path":["document"]},"fn":"getElementById","args":["out"],"slot":4},
         {"op":"get","on":{"slot":4},"prop":"id","reply":11},
         {"op":"release","on":{"slot":3}},
         {"op":"call","on":{"slot":3},"fn":"increment","args":[],"reply":12}]
        """);

    assertThat(errors).containsExactly(null, null, null, null, null, "no slot 3 in this page");
    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"reply","id":10,"value":6}""", """
        {"t":"reply","id":11,"value":"out"}""", """
        {"t":"reply","id":12,"error":"no slot 3 in this page"}"""));
  }

  @Test
  void evaluatesOnlyThePlacesTheOperationMarksAsReferences() {
    apply("""
        [{"op":"call","on":{"path":["fixture"]},"fn":"describe","reply":20,"refs":["/args/0"],
          "args":[{"on":{"path":["document"]},"call":"getElementById","args":["out"]},
                  {"path":["alert"]}]}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"reply","id":20,"value":["element out","{\\"path\\":[\\"alert\\"]}"]}"""));
  }

  @Test
  void aMarkedCallbackSendsAnEventCarryingTheDomEventAsData() {
    apply("""
        [{"op":"call","on":{"path":["fixture"]},"fn":"onClick","args":["button",17],
          "fns":["/args/1"]}]
        """);
    page.run("document.getElementById('button').click()");

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"event","fn":17,"args":[{"type":"click","targetId":"button","value":"",
          "checked":null,"key":null}]}"""));
  }

  @Test
  void theSameCallbackIsOneFunctionUntilTheServerForgetsIt() {
    String onClick = """
        {"op":"call","on":{"path":["fixture"]},"fn":"onClick","args":["button",17],
          "fns":["/args/1"]}""";
    apply("[" + onClick + "," + onClick + "]");
    page.run("document.getElementById('button').click()");
    assertThat(sent()).hasSize(1);

    apply("[{\"op\":\"forget\",\"fn\":17}," + onClick + "]");
    page.run("window.sent = []; document.getElementById('button').click()");

    assertThat(sent()).as("the old function stays added; the new one is another").hasSize(2);
  }

  @Test
  void repliesCarryElementsListsAndCyclesAsData() {
    apply("""
        [{"op":"call","on":{"path":["document"]},"fn":"getElementById","args":["field"],
          "reply":30},
         {"op":"call","on":{"path":["document"]},"fn":"querySelectorAll",
          "args":["input, button"],"reply":31},
         {"op":"call","on":{"path":["fixture"]},"fn":"cycle","args":[],"reply":32},
         {"op":"get","on":{"path":["fixture"]},"prop":"onClick","reply":33}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"reply","id":30,"value":{"id":"field","tagName":"input","value":""}}""", """
        {"t":"reply","id":31,"value":[{"id":"field","tagName":"input","value":""},
          {"id":"button","tagName":"button","value":""}]}""", """
        {"t":"reply","id":32,"value":{"name":"node","self":null}}""", """
        {"t":"reply","id":33,"value":null}"""));
  }

  @Test
  void anObjectAValueHoldsTwiceComesBackBothTimes() {
    apply("""
        [{"op":"call","on":{"path":["fixture"]},"fn":"twice","args":[],"reply":40}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"reply","id":40,"value":{"from":{"x":1,"y":2},"to":{"x":1,"y":2},
          "path":[{"x":1,"y":2},{"x":1,"y":2}]}}"""));
  }

  @Test
  void objectsWithToJsonComeBackAsJsonGivesThem() {
    apply("""
        [{"op":"call","on":{"path":["fixture"]},"fn":"when","args":[],"reply":41},
         {"op":"call","on":{"path":["fixture"]},"fn":"address","args":[],"reply":42},
         {"op":"call","on":{"path":["fixture"]},"fn":"area","args":[],"reply":43}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"reply","id":41,"value":"2024-02-29T12:30:00.000Z"}""", """
        {"t":"reply","id":42,"value":"https://example.org/quotes?symbol=ENCK"}""", """
        {"t":"reply","id":43,"value":{"x":1,"y":2,"width":30,"height":40,"top":2,"right":31,
          "bottom":42,"left":1}}"""));
  }

  @Test
  void aFailingOperationThrowsAndAnswersItsReplyWithTheReason() {
    List<Object> errors = apply("""
        [{"op":"call","on":{"path":["fixture"]},"fn":"missing","args":[],"reply":50},
         {"op":"launch"}]
        """);

    assertThat(errors).containsExactly("missing is not a function",
        "unknown operation: launch");
    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"reply","id":50,"error":"missing is not a function"}"""));
  }

  @Test
  void rawScriptIsRefusedInAPageThatDidNotOptIn() {
    List<Object> errors = apply("""
        [{"op":"script","code":"document.title = 'ran'"}]
        """);

    assertThat(errors).containsExactly("raw script refused: this page did not opt in with"
        + " <meta name=\"encke-raw-script\" content=\"allow\">");
    assertThat(page.run("return interpreter.rawScriptAllowed()")).isEqualTo(false);
    assertThat(page.run("return document.title")).isEqualTo("One part of the client alone");
  }

  /** Applies each operation; returns, for each, null or the message of the error it threw. */
  @SuppressWarnings("unchecked")
  private List<Object> apply(String operations) {
    return (List<Object>) page.run("return applyAll(JSON.parse(arguments[0]))", operations);
  }

  private List<JsonNode> sent() {
    return page.jsonList("return window.sent");
  }
}
