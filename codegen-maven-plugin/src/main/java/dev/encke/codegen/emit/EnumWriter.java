package dev.encke.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.encke.codegen.model.EnumDef;
import javax.lang.model.element.Modifier;

/**
 * Writes an {@code @enum} as a Java enum whose constants carry their JavaScript values; {@code
 * @JsonValue} makes Jackson send the value, so the page receives {@code "up"} for {@code UP}.
 * Stateless.
 */
final class EnumWriter {

  static final ClassName JSON_VALUE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

  private EnumWriter() {}

  static TypeSpec.Builder write(EnumDef definition, JavaTypes types) {
    TypeName valueType = types.of(definition.valueType());
    boolean isString = valueType.equals(JavaTypes.STRING);
    TypeSpec.Builder type = TypeSpec.enumBuilder(definition.javaName().simpleName())
        .addModifiers(Modifier.PUBLIC);
    TypeHeader.add(type, definition, "enum", types);
    for (EnumDef.Constant constant : definition.constants()) {
      CodeBlock value = isString || !valueType.isPrimitive()
          ? CodeBlock.of("$S", constant.value())
          : CodeBlock.of("$L", constant.value());
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("$L", value);
      CodeBlock doc = Javadoc.description(constant.doc());
      if (!doc.isEmpty()) {
        body.addJavadoc(Javadoc.wrapped(doc));
      }
      if (constant.doc().deprecated()) {
        body.addAnnotation(Deprecated.class);
      }
      type.addEnumConstant(constant.javaName(), body.build());
    }
    TypeName stored = isString || valueType.isPrimitive() ? valueType : JavaTypes.STRING;
    return type
        .addField(stored, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(stored, "value")
            .addStatement("this.value = value")
            .build())
        .addMethod(MethodSpec.methodBuilder("value")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(JSON_VALUE)
            .returns(stored)
            .addJavadoc("The JavaScript value of this constant, which is what the page receives."
                + "\n\n@return the value\n")
            .addStatement("return value")
            .build());
  }

}
