package dev.encke.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Parameter;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes one function as a Java method that records the call. What the method returns follows
 * from the JavaScript result: nothing, the proxy itself (fluent), a proxy of another object, a
 * {@code JsRef} to something that stays in the page, or a future of a value. Stateless.
 */
final class MemberWriter {

  private MemberWriter() {}

  /**
   * Where a member is called.
   *
   * @param target the reference the call goes to: {@code NAMESPACE}, {@code CONSTRUCTOR} or
   *     {@code ref()}
   * @param self the proxy type fluent methods return
   * @param inInterface whether instance methods are default methods of an interface
   */
  record Target(CodeBlock target, TypeName self, boolean inInterface) {}

  static MethodSpec function(FunctionDef function, Target target, JavaTypes types) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(function.javaName())
        .addModifiers(Modifier.PUBLIC);
    if (function.isStatic()) {
      method.addModifiers(Modifier.STATIC);
    } else if (target.inInterface()) {
      method.addModifiers(Modifier.DEFAULT);
    }
    usedTemplates(function, types)
        .forEach(name -> method.addTypeVariable(TypeVariableName.get(name)));
    if (function.is(FunctionDef.Trait.OVERRIDE)) {
      method.addAnnotation(Override.class);
    }
    deprecation(method, function.doc());
    ReturnKind result = ReturnKind.of(function, target, types);
    boolean varargs = endsWithRest(function.parameters());
    Optional<ParameterSpec> classParameter = result.classParameter(function, types);
    if (varargs) {
      classParameter.ifPresent(method::addParameter);
    }
    for (Parameter parameter : function.parameters()) {
      method.addParameter(parameter(parameter, types));
    }
    if (!varargs) {
      classParameter.ifPresent(method::addParameter);
    }
    method.varargs(varargs);
    Arguments arguments = Arguments.of(function.leadingArguments(), function.parameters(), types);
    method.addCode(arguments.preamble());
    result.write(method, function, target, arguments.list(), types);
    if (arguments.unchecked()) {
      method.addAnnotation(unchecked());
    }
    method.addJavadoc(Javadoc.wrapped(javadoc(function, result, types)));
    return method.build();
  }

  /**
   * The function's templates that its Java signature uses: one named only in a callback's result,
   * which the Java callback does not return, would be a type variable that means nothing.
   */
  private static List<String> usedTemplates(FunctionDef function, JavaTypes types) {
    StringBuilder signature = new StringBuilder(types.boxed(function.returnType()).toString());
    function.parameters().forEach(p -> signature.append(' ').append(types.parameter(p.type())));
    return function.templates().stream()
        .filter(name -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name)
            + "\\b").matcher(signature).find())
        .toList();
  }

  /** Whether the last parameter is a rest parameter, which Java declares as varargs. */
  private static boolean endsWithRest(List<Parameter> parameters) {
    return !parameters.isEmpty()
        && parameters.get(parameters.size() - 1).type() instanceof JsType.Rest;
  }

  static ParameterSpec parameter(Parameter parameter, JavaTypes types) {
    return ParameterSpec.builder(types.parameter(parameter.type()), parameter.javaName()).build();
  }

  static void deprecation(MethodSpec.Builder method, Doc doc) {
    if (doc.deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
  }

  static AnnotationSpec unchecked() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked")
        .build();
  }

  /** A static factory that constructs the JavaScript class in the page. */
  static MethodSpec constructor(
      ClassDef type, FunctionDef constructor, TypeName self, JavaTypes types) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self);
    type.templates().forEach(name -> method.addTypeVariable(TypeVariableName.get(name)));
    constructor.parameters().forEach(p -> method.addParameter(parameter(p, types)));
    method.varargs(endsWithRest(constructor.parameters()));
    Arguments arguments = Arguments.of(constructor.parameters(), types);
    TypeName created = self instanceof ParameterizedTypeName generic ? generic.rawType() : self;
    method.addCode(arguments.preamble())
        .addStatement("return new $T$L($T.construct(CONSTRUCTOR$L))", created,
            created == self ? "" : "<>", JavaTypes.JS, arguments.list());
    if (arguments.unchecked()) {
      method.addAnnotation(unchecked());
    }
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Creates a new {@code $L} in each targeted page.\n", type.name());
    doc.add("\n").add(parameterDocs(constructor.parameters(), false));
    doc.add("@return a proxy of the new object\n");
    return method.addJavadoc(Javadoc.wrapped(doc.build())).build();
  }

  private static CodeBlock javadoc(FunctionDef function, ReturnKind result, JavaTypes types) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add(Javadoc.description(function.doc()))
        .add(Javadoc.otherTags(function.doc()));
    CodeBlock.Builder tags = CodeBlock.builder()
        .add(parameterDocs(function.parameters(), false))
        .add(result.javadoc(function, types))
        .add(Javadoc.tags(function.doc(), types));
    CodeBlock tagBlock = tags.build();
    if (!tagBlock.isEmpty()) {
      doc.add(function.doc().description().isEmpty() ? "" : "\n").add(tagBlock);
    }
    return doc.build();
  }

  static CodeBlock parameterDocs(List<Parameter> parameters, boolean leadingBlank) {
    CodeBlock.Builder docs = CodeBlock.builder();
    for (Parameter parameter : parameters) {
      if (!parameter.description().isEmpty()) {
        docs.add("@param $L $L\n", parameter.javaName(), Javadoc.text(parameter.description()));
      }
    }
    CodeBlock built = docs.build();
    return leadingBlank && !built.isEmpty() ? CodeBlock.of("\n$L", built) : built;
  }

  /** The JSDoc spelling of a union's alternatives: {@code string} or {@code number}. */
  static String alternatives(JsType type) {
    if (!(type.bare() instanceof JsType.Union union)) {
      return "";
    }
    List<String> names = union.alternatives().stream()
        .filter(a -> !a.isAbsent())
        .map(a -> "{@code " + a + "}")
        .toList();
    if (names.size() < 2) {
      return "";
    }
    return (names.size() == 2 ? "either " : "one of ")
        + String.join(", ", names.subList(0, names.size() - 1))
        + " or " + names.get(names.size() - 1);
  }

  static boolean isObject(TypeName type) {
    return type.equals(ClassName.OBJECT);
  }
}
