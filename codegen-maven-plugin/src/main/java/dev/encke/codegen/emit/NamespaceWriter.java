package dev.encke.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.Parameter;
import javax.lang.model.element.Modifier;

/**
 * Writes a namespace as a final class of static methods, one per function, each recording a call
 * through the runtime's {@code Js}. Stateless.
 */
public final class NamespaceWriter {

  static final ClassName JS = ClassName.get("dev.encke.js", "Js");
  static final ClassName JS_REF = ClassName.get("dev.encke.js", "JsRef");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String GENERATOR_NAME = "dev.encke.codegen";

  private NamespaceWriter() {}

  public static JavaFile emit(NamespaceDef namespace, String javaPackage) {
    String className = capitalize(namespace.simpleName());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR_NAME).build())
            .addJavadoc(Javadoc.text(namespace.description()))
            .addJavadoc(
                "$L<p>Generated from the JavaScript namespace {@code $L}.\n",
                namespace.description().isEmpty() ? "" : "\n",
                namespace.qualifiedName())
            .addField(
                FieldSpec.builder(JS_REF, "NAMESPACE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$T.global($L)", JS_REF, pathLiterals(namespace.qualifiedName()))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (FunctionDef function : namespace.functions()) {
      type.addMethod(method(function));
    }
    return JavaFile.builder(javaPackage, type.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec method(FunctionDef function) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(function.name())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(void.class)
            .addJavadoc(Javadoc.text(function.description()));
    CodeBlock.Builder arguments = CodeBlock.builder();
    boolean documentedParameters = false;
    for (Parameter parameter : function.parameters()) {
      method.addParameter(ParameterSpec.builder(JavaTypes.of(parameter.type()), parameter.name())
          .build());
      arguments.add(", $N", parameter.name());
      if (!parameter.description().isEmpty()) {
        if (!documentedParameters && !function.description().isEmpty()) {
          method.addJavadoc("\n");
        }
        documentedParameters = true;
        method.addJavadoc("@param $L $L\n", parameter.name(), Javadoc.escape(parameter.description()));
      }
    }
    method.addStatement("$T.call(NAMESPACE, $S$L)", JS, function.name(), arguments.build());
    return method.build();
  }

  private static CodeBlock pathLiterals(String qualifiedName) {
    CodeBlock.Builder literals = CodeBlock.builder();
    String[] segments = qualifiedName.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      literals.add(i == 0 ? "$S" : ", $S", segments[i]);
    }
    return literals.build();
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
