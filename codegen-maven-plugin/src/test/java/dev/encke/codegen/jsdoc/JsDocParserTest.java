package dev.encke.codegen.jsdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.encke.codegen.model.Doc;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsDocParserTest {

  @Test
  void splitsTheDescriptionFromTagsAndJoinsContinuationLines() {
    String comment = String.join("\n",
        "/**",
        " * Shows a notice.",
        " *",
        " * It goes away by itself.",
        " * @param {string} text what it says,",
        " *     in plain text",
        " * @return {boolean} whether it was shown",
        " */");

    JsDoc doc = JsDocParser.parse(comment, 0);

    assertThat(doc.description()).isEqualTo("Shows a notice.\n\nIt goes away by itself.");
    assertThat(doc.tags()).extracting(JsDoc.Tag::name, JsDoc.Tag::type, JsDoc.Tag::text)
        .containsExactly(
            tuple("param", "string", "text what it says, in plain text"),
            tuple("return", "boolean", "whether it was shown"));
  }

  @Test
  void readsSeveralTagsOnOneLineAsClosureOneLinersWriteThem() {
    JsDoc doc = JsDocParser.parse("/** @private @const {number} */", 0);

    assertThat(doc.tags()).extracting(JsDoc.Tag::name).containsExactly("private", "const");
    assertThat(doc.first("const").orElseThrow().type()).isEqualTo("number");
  }

  @Test
  void anAtSignInsideBracesOrTextDoesNotStartATag() {
    JsDoc doc = JsDocParser.parse("/** See {@link acme.ui} or mail a@b.c. */", 0);

    assertThat(doc.tags()).isEmpty();
    assertThat(doc.description()).isEqualTo("See {@link acme.ui} or mail a@b.c.");
  }

  @Test
  void typeOffsetsPointIntoTheFile() {
    String comment = "/**\n * @param {Array<string>} ids\n */";

    JsDoc.Tag tag = JsDocParser.parse(comment, 1000).first("param").orElseThrow();

    assertThat(tag.typeOffset()).isEqualTo(1000 + comment.indexOf("Array"));
  }

  @Test
  void unknownTagsAreKeptAsDocumentationAndCompilerTagsAreDropped() {
    JsDoc jsDoc = JsDocParser.parse(
        "/** Hides it.\n * @fires hide\n * @since 1.2\n * @nosideeffects\n"
            + " * @deprecated Use close. */",
        0);

    Doc doc = jsDoc.toDoc();

    assertThat(doc.description()).isEqualTo("Hides it.");
    assertThat(doc.tags())
        .containsExactly(new Doc.Tag("fires", "hide"), new Doc.Tag("since", "1.2"));
    assertThat(doc.deprecated()).isTrue();
    assertThat(doc.deprecation()).isEqualTo("Use close.");
  }

  @Test
  void aTagWithoutTypeHasNoTypeOffset() {
    JsDoc.Tag tag = JsDocParser.parse("/** @template T, U */", 0).first("template").orElseThrow();

    assertThat(tag.type()).isNull();
    assertThat(tag.text()).isEqualTo("T, U");
    assertThat(List.of(tag.typeOffset())).containsExactly(-1);
  }
}
