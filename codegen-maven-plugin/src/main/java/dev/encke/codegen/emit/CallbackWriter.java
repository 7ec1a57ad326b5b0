package dev.encke.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Parameter;
import javax.lang.model.element.Modifier;

/**
 * Writes a function type as a functional interface the server implements; generated methods pass
 * it to the page with {@code Js.function}, so that the page calls back to the server. Stateless.
 */
final class CallbackWriter {

  private CallbackWriter() {}

  static TypeSpec.Builder write(CallbackDef callback, JavaTypes types) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(callback.javaName().simpleName())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(FunctionalInterface.class);
    TypeHeader.add(type, callback, "function type", types);
    callback.templates().forEach(name -> type.addTypeVariable(TypeVariableName.get(name)));
    MethodSpec.Builder accept = MethodSpec.methodBuilder("accept")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
    for (Parameter parameter : callback.parameters()) {
      accept.addParameter(types.of(parameter.type()), parameter.javaName());
    }
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Called when the page calls the function.\n");
    if (!(callback.returnType().bare() instanceof JsType.Undefined)) {
      doc.add("\n<p>The page's caller receives {@code undefined}, not a {@code $L}: the server "
          + "answers asynchronously.\n", callback.returnType());
    }
    doc.add(MemberWriter.parameterDocs(callback.parameters(), true));
    return type.addMethod(accept.addJavadoc(Javadoc.wrapped(doc.build())).build());
  }
}
