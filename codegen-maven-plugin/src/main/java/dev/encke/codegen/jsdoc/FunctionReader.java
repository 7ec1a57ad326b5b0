package dev.encke.codegen.jsdoc;

import dev.encke.codegen.Problem;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.JsTypes;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.FunctionNode;

/** Lowers a function and its JSDoc ({@code @param}, {@code @return}, {@code @template}…). */
final class FunctionReader {

  private static final Pattern TEMPLATE_NAME = Pattern.compile("\\s*([A-Za-z_$][\\w$]*)\\s*");
  private static final Pattern TRANSFORMED_TYPE = Pattern.compile("\\s*type\\(\\s*['\"]([\\w.$]+)");

  private final SourceText source;
  private final Problems problems;

  FunctionReader(SourceText source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /**
   * The {@code @template} names of a declaration, and the type each transformed one is read as.
   *
   * @param names the type variables
   * @param transformed Closure's {@code @template R := … =:}: names computed by a type
   *     transformation, which Java cannot express, each with the type it is read as
   */
  record Templates(List<String> names, Map<String, JsType> transformed) {}

  /**
   * Reads {@code @template T, U}; the text after the names is a description, as in {@code
   * @template TArrayBuffer (unused)}. A transformation {@code R := type('Promise', …) =:} is read
   * as the type it starts from, {@code Promise}, anything else as {@code ?}, with a warning.
   */
  Templates templates(JsDoc doc, String declaration) {
    List<String> names = new ArrayList<>();
    Map<String, JsType> transformed = new LinkedHashMap<>();
    for (JsDoc.Tag tag : doc.all("template")) {
      String text = tag.text();
      Matcher name = TEMPLATE_NAME.matcher(text);
      int at = 0;
      while (name.region(at, text.length()).lookingAt()) {
        at = name.end();
        if (text.startsWith(":=", at)) {
          JsType read = transformation(text.substring(at + 2));
          transformed.put(name.group(1), read);
          problems.warn(source.locationOf(tag.offset()), Problem.Kind.APPROXIMATED_TYPE,
              "@template " + name.group(1) + " of \"" + declaration + "\" is a type "
                  + "transformation, which Java cannot express; it is read as " + read);
          break;
        }
        names.add(name.group(1));
        if (!text.startsWith(",", at)) {
          break;
        }
        at++;
      }
    }
    return new Templates(names, transformed);
  }

  private static JsType transformation(String expression) {
    Matcher type = TRANSFORMED_TYPE.matcher(expression);
    return type.lookingAt() ? new JsType.Named(type.group(1)) : new JsType.Unknown();
  }

  /**
   * Reads {@code function}, declared as {@code name} with the given JSDoc. A template that only
   * names the receiver ({@code @this {THIS}}) is not a type variable of the Java method: the
   * receiver is the proxy itself.
   *
   * @throws JsDocSyntaxException when a parameter has no typed {@code @param}, a tag names no
   *     parameter, or a type does not parse
   */
  FunctionDef read(
      String name, boolean isStatic, FunctionNode function, JsDoc doc, Location location) {
    Templates templates = templates(doc, name);
    List<String> names = new ArrayList<>(templates.names());
    Optional<String> receiver = doc.first("this").map(JsDoc.Tag::type).map(String::strip)
        .filter(names::contains);
    Map<String, JsType> substituted = new LinkedHashMap<>(templates.transformed());
    receiver.ifPresent(variable -> {
      names.remove(variable);
      substituted.put(variable, new JsType.Unknown());
    });
    boolean redeclared = (doc.has("override") || doc.has("inheritDoc"))
        && (doc.all("param").isEmpty() && !function.getParams().isEmpty()
            || doc.description().isEmpty() && doc.first("return").isEmpty()
                && doc.first("returns").isEmpty());
    Optional<JsType.FunctionType> typed = doc.first("type").filter(tag -> tag.type() != null)
        .map(tag -> TypeExpressionParser.parse(tag.type(), tag.typeOffset()).bare())
        .filter(JsType.FunctionType.class::isInstance).map(JsType.FunctionType.class::cast)
        .filter(type -> doc.all("param").isEmpty());
    FunctionDef.Builder builder = FunctionDef.builder(name, location)
        .isStatic(isStatic)
        .parameters(redeclared ? untyped(function)
            : typed.isPresent() ? typedBy(typed.get(), function)
            : parameters(name, function, doc, substituted))
        .doc(doc.toDoc());
    typed.ifPresent(type -> builder.returnType(type.returnType()));
    Optional<JsDoc.Tag> returns = doc.first("return").or(() -> doc.first("returns"));
    if (returns.isPresent() && returns.get().type() != null) {
      JsDoc.Tag tag = returns.get();
      builder.returnType(substitute(TypeExpressionParser.parse(tag.type(), tag.typeOffset()),
              substituted))
          .returnDescription(tag.text());
    }
    boolean returnsReceiver = receiver.isPresent()
        && returns.map(JsDoc.Tag::type).map(String::strip).equals(receiver);
    if (doc.has("chainable") || returnsReceiver) {
      builder.trait(FunctionDef.Trait.FLUENT).returnType(new JsType.Undefined());
    }
    if (redeclared) {
      builder.trait(FunctionDef.Trait.REDECLARED);
    }
    return builder.templates(names).build();
  }

  /** {@code @type {function(number): T}} on a function: the parameters take its types. */
  private static List<Parameter> typedBy(JsType.FunctionType type, FunctionNode function) {
    List<Parameter> parameters = new ArrayList<>();
    List<AstNode> names = function.getParams();
    for (int i = 0; i < type.parameters().size(); i++) {
      String parameterName = i < names.size() ? names.get(i).toSource() : "arg" + i;
      parameters.add(new Parameter(parameterName, type.parameters().get(i), ""));
    }
    return parameters;
  }

  /** The parameters of an {@code @override} without types: its supertype's give them. */
  private static List<Parameter> untyped(FunctionNode function) {
    return function.getParams().stream()
        .map(node -> new Parameter(node.toSource(), new JsType.Unknown(), ""))
        .toList();
  }

  private static JsType substitute(JsType type, Map<String, JsType> substituted) {
    if (substituted.isEmpty()) {
      return type;
    }
    return JsTypes.transform(type, part -> part instanceof JsType.Named named
        && named.arguments().isEmpty() && substituted.containsKey(named.name())
        ? substituted.get(named.name()) : part);
  }

  private List<Parameter> parameters(String name, FunctionNode function, JsDoc doc,
      Map<String, JsType> substituted) {
    Map<String, JsDoc.Tag> tags = new LinkedHashMap<>();
    for (JsDoc.Tag tag : doc.all("param")) {
      tags.put(parameterName(tag), tag);
    }
    List<Parameter> parameters = new ArrayList<>();
    for (AstNode node : function.getParams()) {
      String parameterName = node.toSource();
      JsDoc.Tag tag = tags.remove(parameterName);
      if (tag == null || tag.type() == null) {
        // Closure reads an undocumented parameter as of unknown type; so does the generator.
        problems.warn(source.locationOf(node.getAbsolutePosition()),
            Problem.Kind.APPROXIMATED_TYPE, "parameter \"" + parameterName + "\" of " + name
                + " has no @param {type}, so it is of unknown type");
        parameters.add(new Parameter(parameterName, new JsType.Unknown(),
            tag == null ? "" : tag.afterFirstWord()));
        continue;
      }
      JsType type = substitute(TypeExpressionParser.parse(tag.type(), tag.typeOffset()),
          substituted);
      if (tag.firstWord().startsWith("[") && !(type instanceof JsType.OptionalArgument)) {
        type = new JsType.OptionalArgument(type);
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
