package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.FunctionNode;

/** Lowers a function and its JSDoc ({@code @param}, {@code @return}, {@code @template}…). */
final class FunctionReader {

  private static final Pattern TEMPLATE_SEPARATOR = Pattern.compile("[,\\s]+");

  private FunctionReader() {}

  /**
   * Reads {@code function}, declared as {@code name} with the given JSDoc.
   *
   * @throws JsDocSyntaxException when a parameter has no typed {@code @param}, a tag names no
   *     parameter, or a type does not parse
   */
  static FunctionDef read(
      String name, boolean isStatic, FunctionNode function, JsDoc doc, Location location) {
    List<String> templates = templates(doc);
    FunctionDef.Builder builder = FunctionDef.builder(name, location)
        .isStatic(isStatic)
        .parameters(parameters(name, function, doc))
        .doc(doc.toDoc());
    Optional<JsDoc.Tag> returns = doc.first("return").or(() -> doc.first("returns"));
    if (returns.isPresent() && returns.get().type() != null) {
      JsDoc.Tag tag = returns.get();
      builder.returnType(TypeExpressionParser.parse(tag.type(), tag.typeOffset()))
          .returnDescription(tag.text());
    }
    if (doc.has("chainable") || returnsReceiver(doc, returns, templates)) {
      builder.trait(FunctionDef.Trait.FLUENT).returnType(new JsType.Void());
      templates.remove(doc.first("this").map(JsDoc.Tag::type).orElse(""));
    }
    if ((doc.has("override") || doc.has("inheritDoc")) && doc.all("param").isEmpty()
        && returns.isEmpty() && doc.description().isEmpty()) {
      builder.trait(FunctionDef.Trait.REDECLARED);
    }
    return builder.templates(templates).build();
  }

  /** The names of {@code @template T, U} tags. */
  static List<String> templates(JsDoc doc) {
    List<String> names = new ArrayList<>();
    for (JsDoc.Tag tag : doc.all("template")) {
      Arrays.stream(TEMPLATE_SEPARATOR.split(tag.text()))
          .filter(word -> !word.isEmpty())
          .forEach(names::add);
    }
    return names;
  }

  /**
   * Closure's idiom for chaining: {@code @template THIS}, {@code @this {THIS}} and {@code @return
   * {THIS}}.
   */
  private static boolean returnsReceiver(
      JsDoc doc, Optional<JsDoc.Tag> returns, List<String> templates) {
    Optional<String> receiver = doc.first("this").map(JsDoc.Tag::type).map(String::strip);
    Optional<String> returned = returns.map(JsDoc.Tag::type).map(String::strip);
    return receiver.isPresent() && templates.contains(receiver.get())
        && receiver.equals(returned);
  }

  private static List<Parameter> parameters(String name, FunctionNode function, JsDoc doc) {
    Map<String, JsDoc.Tag> tags = new LinkedHashMap<>();
    for (JsDoc.Tag tag : doc.all("param")) {
      tags.put(parameterName(tag), tag);
    }
    List<Parameter> parameters = new ArrayList<>();
    for (AstNode node : function.getParams()) {
      String parameterName = node.toSource();
      JsDoc.Tag tag = tags.remove(parameterName);
      if (tag == null || tag.type() == null) {
        throw new JsDocSyntaxException(node.getAbsolutePosition(),
            "parameter \"" + parameterName + "\" of " + name + " has no @param {type}");
      }
      JsType type = TypeExpressionParser.parse(tag.type(), tag.typeOffset());
      if (tag.firstWord().startsWith("[") && !(type instanceof JsType.Optional)) {
        type = new JsType.Optional(type);
      }
      parameters.add(new Parameter(parameterName, type, tag.afterFirstWord()));
    }
    if (!tags.isEmpty()) {
      JsDoc.Tag stray = tags.values().iterator().next();
      throw new JsDocSyntaxException(stray.offset(), "@param \"" + parameterName(stray)
          + "\" names no parameter of " + name);
    }
    return parameters;
  }

  /** {@code id}, or {@code id} of JSDoc's optional spellings {@code [id]} and {@code [id=x]}. */
  private static String parameterName(JsDoc.Tag tag) {
    String word = tag.firstWord();
    if (word.startsWith("[")) {
      int end = word.indexOf('=') > 0 ? word.indexOf('=') : word.indexOf(']');
      return word.substring(1, end < 0 ? word.length() : end);
    }
    return word;
  }
}
