package dev.encke.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.RecordDef;
import javax.lang.model.element.Modifier;

/**
 * Writes a record type as a Java record. Jackson writes a record's components as the fields of a
 * JSON object, so the page receives the shape the definition describes; components whose Java
 * name differs from the field carry {@code @JsonProperty}, and records with fields that may be
 * left out leave out those that are {@code null}. Functions inside a record are {@code
 * JsFunction}s made with {@code Js.function}. Stateless.
 */
final class RecordWriter {

  static final ClassName JSON_PROPERTY =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_INCLUDE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");

  private RecordWriter() {}

  static TypeSpec.Builder write(RecordDef record, JavaTypes types) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(record.javaName().simpleName())
        .addModifiers(Modifier.PUBLIC);
    TypeHeader.add(type, record, "record type");
    boolean anyOptional = false;
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    CodeBlock.Builder docs = CodeBlock.builder();
    for (RecordDef.FieldDef field : record.fields()) {
      boolean optional = isOptional(field.type());
      anyOptional |= optional;
      ParameterSpec.Builder component =
          ParameterSpec.builder(componentType(field.type(), optional, types), field.javaName());
      if (!field.javaName().equals(field.name())) {
        component.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY)
            .addMember("value", "$S", field.name())
            .build());
      }
      components.addParameter(component.build());
      docs.add("@param $L $L\n", field.javaName(), field.description().isEmpty()
          ? "the field {@code " + field.name() + "}" + (optional ? ", or null to leave it out" : "")
          : Javadoc.text(Javadoc.phrase(field.description())));
    }
    type.recordConstructor(components.build());
    if (!record.fields().isEmpty()) {
      type.addJavadoc(Javadoc.wrapped(CodeBlock.of("\n$L", docs.build())));
    }
    if (anyOptional) {
      type.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
          .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
          .build());
    }
    return type;
  }

  private static TypeName componentType(JsType type, boolean optional, JavaTypes types) {
    if (types.isCallback(type)) {
      return JavaTypes.JS_FUNCTION;
    }
    return optional ? types.boxed(type) : types.of(type);
  }

  /** {@code T=}, or a union with {@code undefined}: a field that may be left out. */
  private static boolean isOptional(JsType type) {
    return type instanceof JsType.Optional
        || JavaTypes.bare(type) instanceof JsType.Union union
        && union.alternatives().stream().anyMatch(a -> a instanceof JsType.Void);
  }
}
