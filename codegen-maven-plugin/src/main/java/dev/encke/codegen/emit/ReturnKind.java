package dev.encke.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Parameter;

/** What a generated method gives back for the JavaScript function's result, and how. */
enum ReturnKind {
  /** Nothing: the call is recorded. */
  NONE,
  /** The proxy itself, so that calls chain. */
  SELF,
  /** A proxy of the type the caller names with a {@code Class<T>} argument. */
  LOOKUP,
  /** A proxy of the declared class, for the object the function returns. */
  PROXY,
  /** A {@code JsRef} to something that stays in the page, such as a DOM node or a function. */
  REFERENCE,
  /** A future of a value of a template type the caller names with a {@code Class<T>}. */
  TEMPLATE_VALUE,
  /** A future of the value, sent back as JSON. */
  VALUE;

  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  static ReturnKind of(FunctionDef function, MemberWriter.Target target, JavaTypes types) {
    JsType returned = function.returnType();
    if (function.is(FunctionDef.Trait.FLUENT)) {
      return function.isStatic() ? NONE : SELF;
    }
    if (function.is(FunctionDef.Trait.LOOKUP)) {
      return LOOKUP;
    }
    if (returned.bare() instanceof JsType.Undefined) {
      return NONE;
    }
    if (types.isProxy(returned)) {
      return PROXY;
    }
    if (types.isPageReference(returned)) {
      return REFERENCE;
    }
    return types.boxed(returned) instanceof TypeVariableName ? TEMPLATE_VALUE : VALUE;
  }

  /** Adds the result's parameters, return type and the call to {@code method}. */
  void write(MethodSpec.Builder method, FunctionDef function, MemberWriter.Target target,
      CodeBlock arguments, JavaTypes types) {
    CodeBlock on = target.target();
    String name = function.name();
    TypeName returned = types.boxed(function.returnType());
    switch (this) {
      case NONE -> method.addStatement("$T.call($L, $S$L)", JavaTypes.JS, on, name, arguments);
      case SELF -> method.returns(target.self())
          .addStatement("$T.call($L, $S$L)", JavaTypes.JS, on, name, arguments)
          .addStatement("return this");
      case LOOKUP -> {
        TypeVariableName proxy = TypeVariableName.get("T", lookupBound(function, types));
        String parameter = parameterName(function, "type", "proxyType");
        method.addTypeVariable(proxy).returns(proxy)
            .addStatement("return $T.wrap($N, $L.call($S$L))", JavaTypes.JS, parameter, on, name,
                arguments);
      }
      case PROXY -> method.returns(returned)
          .addStatement("return new $T($L.call($S$L))", types.proxyClass(function.returnType()),
              on, name, arguments);
      case REFERENCE -> method.returns(JavaTypes.JS_REF)
          .addStatement("return $L.call($S$L)", on, name, arguments);
      case TEMPLATE_VALUE -> {
        String parameter = parameterName(function, "resultType", "resultClass");
        method.returns(ParameterizedTypeName.get(JavaTypes.FUTURE, returned))
            .addStatement("return $T.callForValue($N, $L, $S$L)", JavaTypes.JS, parameter, on,
                name, arguments);
      }
      case VALUE -> method.returns(ParameterizedTypeName.get(JavaTypes.FUTURE, returned))
          .addStatement("return $T.callForValue($L, $L, $S$L)", JavaTypes.JS,
              valueType(returned), on, name, arguments);
      default -> throw new AssertionError(this);
    }
  }

  /**
   * The {@code Class} parameter the caller names the result's type with, for a lookup or a
   * value of a template type; the caller adds it last, or first before a varargs parameter.
   */
  java.util.Optional<ParameterSpec> classParameter(FunctionDef function, JavaTypes types) {
    if (this == LOOKUP) {
      TypeVariableName proxy = TypeVariableName.get("T", lookupBound(function, types));
      return java.util.Optional.of(ParameterSpec.builder(
          ParameterizedTypeName.get(ClassName.get(Class.class), proxy),
          parameterName(function, "type", "proxyType")).build());
    }
    if (this == TEMPLATE_VALUE) {
      return java.util.Optional.of(ParameterSpec.builder(
          ParameterizedTypeName.get(ClassName.get(Class.class),
              types.boxed(function.returnType())),
          parameterName(function, "resultType", "resultClass")).build());
    }
    return java.util.Optional.empty();
  }

  /** {@code String.class}, or a {@code TypeReference}'s type for generic values. */
  static CodeBlock valueType(TypeName type) {
    if (type instanceof ParameterizedTypeName) {
      return CodeBlock.of("new $T<$T>() {}.getType()", TYPE_REFERENCE, type);
    }
    return CodeBlock.of("$T.class", type);
  }

  private static TypeName lookupBound(FunctionDef function, JavaTypes types) {
    TypeName bound = types.of(function.returnType());
    return MemberWriter.isObject(bound) ? JavaTypes.JS_OBJECT : bound;
  }

  private static String parameterName(FunctionDef function, String preferred, String fallback) {
    return function.parameters().stream().map(Parameter::javaName).anyMatch(preferred::equals)
        ? fallback : preferred;
  }

  /** The {@code @param} of an added class parameter and the {@code @return} line. */
  CodeBlock javadoc(FunctionDef function, JavaTypes types) {
    String description = Javadoc.text(function.returnDescription());
    String alternatives = MemberWriter.alternatives(function.returnType());
    switch (this) {
      case SELF:
        return CodeBlock.of("@return this proxy, so that calls chain\n");
      case LOOKUP:
        return CodeBlock.of("@param $L the proxy class of the object found\n"
            + "@return a proxy of that class for the object found\n",
            parameterName(function, "type", "proxyType"));
      case TEMPLATE_VALUE:
        return CodeBlock.of("@param $L the class of the result\n$L",
            parameterName(function, "resultType", "resultClass"),
            description.isEmpty() ? "" : "@return " + description + "\n");
      case NONE:
        return CodeBlock.of("");
      default:
        if (!alternatives.isEmpty()) {
          return CodeBlock.of("@return $L$L\n", description.isEmpty() ? "" : description + ", ",
              alternatives);
        }
        return description.isEmpty() ? CodeBlock.of("") : CodeBlock.of("@return $L\n",
            description);
    }
  }
}
