package dev.encke.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument list of a recorded call: the leading string constants, then each parameter as it
 * goes to the page. Callbacks are wrapped with {@code Js.function}, and a rest parameter is spread
 * so that the page receives its elements as separate arguments.
 *
 * @param preamble statements that must run before the call
 * @param list the arguments, each preceded by a comma and a space where lines may wrap
 * @param unchecked whether the conversions need {@code @SuppressWarnings("unchecked")}
 */
record Arguments(CodeBlock preamble, CodeBlock list, boolean unchecked) {

  static Arguments of(List<Parameter> parameters, JavaTypes types) {
    return of(List.of(), parameters, types);
  }

  static Arguments of(List<String> leading, List<Parameter> parameters, JavaTypes types) {
    boolean unchecked = false;
    List<CodeBlock> values = new ArrayList<>();
    leading.forEach(constant -> values.add(CodeBlock.of("$S", constant)));
    for (Parameter parameter : parameters) {
      if (parameter.type() instanceof JsType.Rest) {
        continue;
      }
      if (types.isCallback(parameter.type())) {
        Callback callback = callback(parameter, parameters, types);
        unchecked |= callback.unchecked();
        values.add(callback.code());
      } else {
        values.add(CodeBlock.of("$N", parameter.javaName()));
      }
    }
    if (parameters.isEmpty() || !(last(parameters).type() instanceof JsType.Rest rest)) {
      CodeBlock.Builder list = CodeBlock.builder();
      values.forEach(value -> list.add(",$W$L", value));
      return new Arguments(CodeBlock.of(""), list.build(), unchecked);
    }
    return spread(parameters, rest, values, types, unchecked);
  }

  private static Parameter last(List<Parameter> parameters) {
    return parameters.get(parameters.size() - 1);
  }

  /** Passes a rest parameter's elements as arguments of their own. */
  private static Arguments spread(List<Parameter> parameters, JsType.Rest rest,
      List<CodeBlock> fixed, JavaTypes types, boolean unchecked) {
    String values = last(parameters).javaName();
    TypeName element = types.of(rest.type());
    if (fixed.isEmpty() && !element.isPrimitive()) {
      CodeBlock list = element.equals(ClassName.OBJECT)
          ? CodeBlock.of(",$W$N", values)
          : CodeBlock.of(",$W($T) $N", ArrayTypeName.of(Object.class), values);
      return new Arguments(CodeBlock.of(""), list, unchecked);
    }
    String all = parameters.stream().anyMatch(p -> p.javaName().equals("arguments"))
        ? "arguments_" : "arguments";
    int fixedCount = fixed.size();
    CodeBlock.Builder preamble = CodeBlock.builder()
        .addStatement("$T[] $N = new $T[$L + $N.length]", Object.class, all, Object.class,
            fixedCount, values);
    for (int i = 0; i < fixedCount; i++) {
      preamble.addStatement("$N[$L] = $L", all, i, fixed.get(i));
    }
    String index = parameters.stream().anyMatch(p -> p.javaName().equals("i")) ? "index" : "i";
    preamble.beginControlFlow("for (int $N = 0; $N < $N.length; $N++)", index, index, values, index)
        .addStatement("$N[$L + $N] = $N[$N]", all, fixedCount, index, values, index)
        .endControlFlow();
    return new Arguments(preamble.build(), CodeBlock.of(",$W$N", all), unchecked);
  }

  /**
   * {@code Js.function(…)} that calls {@code parameter}, a callback, for a record's callback
   * field; {@code all} are the names the lambda's own must not clash with.
   */
  static Arguments callbackOf(Parameter parameter, List<Parameter> all, JavaTypes types) {
    Callback callback = callback(parameter, all, types);
    return new Arguments(CodeBlock.of(""), callback.code(), callback.unchecked());
  }

  private record Callback(CodeBlock code, boolean unchecked) {}

  /**
   * {@code Js.function(listener, args -> listener.accept(args.get(0, String.class)))}: the Java
   * listener is the function's identity, so that passing it again gives the page the same
   * function, and {@code removeEventListener} removes what {@code addEventListener} added.
   */
  private static Callback callback(Parameter parameter, List<Parameter> parameters,
      JavaTypes types) {
    String lambda = parameters.stream().anyMatch(p -> p.javaName().equals("args"))
        ? "jsArgs" : "args";
    List<JsType> callbackParameters;
    String method;
    if (parameter.type().bare() instanceof JsType.FunctionType function) {
      callbackParameters = function.parameters();
      method = function.parameters().isEmpty() ? "run" : "accept";
    } else {
      callbackParameters = ((CallbackDef) types.definition(parameter.type())).parameters()
          .stream().map(Parameter::type).toList();
      method = "accept";
    }
    boolean unchecked = false;
    CodeBlock.Builder values = CodeBlock.builder();
    for (int i = 0; i < callbackParameters.size(); i++) {
      TypeName type = types.boxed(callbackParameters.get(i));
      values.add(i == 0 ? "" : ", ");
      if (type instanceof ParameterizedTypeName parameterized) {
        unchecked = true;
        values.add("$N.get($L, $T.class)", lambda, i, parameterized.rawType());
      } else if (type instanceof TypeVariableName) {
        unchecked = true;
        values.add("($T) $N.get($L, $T.class)", type, lambda, i, Object.class);
      } else {
        values.add("$N.get($L, $T.class)", lambda, i, type);
      }
    }
    CodeBlock code = CodeBlock.of("$T.function($N, $N -> $N.$N($L))", JavaTypes.JS,
        parameter.javaName(), lambda, parameter.javaName(), method, values.build());
    return new Callback(code, unchecked);
  }
}
