package dev.encke.codegen.jsdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.NumberKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeExpressionParserTest {

  @Test
  void readsTheSpellingsOfClosureExterns() {
    assertThat(TypeExpressionParser.parse("?function (Event)", 0))
        .isEqualTo(new JsType.Nullable(new JsType.FunctionType(
            List.of(new JsType.Named("Event")), new JsType.Undefined())));
    assertThat(TypeExpressionParser.parse("string?", 0))
        .isEqualTo(new JsType.Nullable(new JsType.Named("string")));
    assertThat(TypeExpressionParser.parse("{a: number,}", 0))
        .isEqualTo(new JsType.RecordType(List.of(new JsType.Field("a",
            new JsType.NumberType(NumberKind.DOUBLE)))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "*;                                   *",
      "?;                                   ?",
      "string;                              string",
      "dijit.form.Button;                   dijit.form.Button",
      "?number;                             ?number",
      "!Element;                            !Element",
      "string=;                             string=",
      "...*;                                ...*",
      "...number;                           ...number",
      "(string|!Element);                   (string|!Element)",
      "string|number;                       (string|number)",
      "(string|(number|boolean));           (string|number|boolean)",
      "Array<string>;                       Array<string>",
      "Array.<string>;                      Array<string>",
      "!Object<string, number>;             !Object<string, number>",
      "{a: number, b: (string|undefined)};  {a: number, b: (string|undefined)}",
      "{}; {}",
      "function(string, number): boolean;   function(string, number): boolean",
      "function(this:Element, string);      function(string)",
      "function(...*);                      function(...*)",
      "function(string=);                   function(string=)",
      "function();                          function()",
      "?function(?string): void;            ?function(?string)",
      "(null|undefined|void);               (null|undefined|undefined)",
  })
  void readsTheClosureTypeGrammar(String text, String expected) {
    assertThat(TypeExpressionParser.parse(text, 0).toString()).isEqualTo(expected);
  }

  @Test
  void readsNumberAsADoubleAndNamesAsNamedTypes() {
    JsType type = TypeExpressionParser.parse("function(number, acme.Point)", 0);

    assertThat(type).isEqualTo(new JsType.FunctionType(
        List.of(new JsType.NumberType(NumberKind.DOUBLE), new JsType.Named("acme.Point")),
        new JsType.Undefined()));
  }

  @Test
  void aQuestionMarkBeforeATypeMakesItNullableButAloneIsUnknown() {
    assertThat(TypeExpressionParser.parse("?string", 0))
        .isEqualTo(new JsType.Nullable(new JsType.Named("string")));
    assertThat(TypeExpressionParser.parse("Array<?>", 0))
        .isEqualTo(new JsType.Named("Array", List.of(new JsType.Unknown())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "string%;          106; unexpected '%' after type \"string\"",
      "(string|number;   114; expected ')' but found 'end of type' in type \"(string|number\"",
      "Array<string;     112; expected '>' but found 'end of type' in type \"Array<string\"",
      "{a: number,,};    111; expected a name but found ',' in type \"{a: number,,}\"",
      "function(string;  115; expected ')' but found 'end of type' in type \"function(string\"",
      "'';               100; empty type",
      "&;                100; unexpected '&' in type \"&\"",
  })
  void reportsTheOffendingTokenAtItsOffsetInTheFile(String text, int offset, String message) {
    assertThatThrownBy(() -> TypeExpressionParser.parse(text, 100))
        .isInstanceOfSatisfying(JsDocSyntaxException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(message);
          assertThat(e.offset()).isEqualTo(offset);
        });
  }
}
