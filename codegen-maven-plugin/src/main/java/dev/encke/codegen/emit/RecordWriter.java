package dev.encke.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.RecordDef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a record type as a Java record. Jackson writes a record's components as the fields of a
 * JSON object, so the page receives the shape the definition describes; components whose Java
 * name differs from the field carry {@code @JsonProperty}, and records with fields that may be
 * left out leave out those that are {@code null}; such records also get a constructor of the
 * fields that must be given and a {@code withX} copy method per field, so that an options record
 * reads {@code new ShakeOptions().withDistance(30)}. Functions inside a record are {@code
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
    TypeHeader.add(type, record, "record type", types);
    record.templates().forEach(name -> type.addTypeVariable(TypeVariableName.get(name)));
    boolean anyOptional = false;
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    CodeBlock.Builder docs = CodeBlock.builder();
    for (RecordDef.FieldDef field : record.fields()) {
      boolean optional = field.type().isOptional();
      anyOptional |= optional;
      ParameterSpec.Builder component =
          ParameterSpec.builder(componentType(field.type(), optional, types), field.javaName());
      if (!field.javaName().equals(field.name())) {
        component.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY)
            .addMember("value", "$S", field.name())
            .build());
      }
      components.addParameter(component.build());
      boolean undescribed = field.description().isEmpty();
      docs.add("@param $L $L\n", field.javaName(), fieldDoc(field)
          + (optional && undescribed ? ", or null to leave it out" : ""));
    }
    type.recordConstructor(components.build());
    if (!record.fields().isEmpty()) {
      type.addJavadoc(Javadoc.wrapped(CodeBlock.of("\n$L", docs.build())));
    }
    if (anyOptional) {
      type.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
          .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE)
          .build());
      type.addMethod(requiredOnly(record, types));
      for (RecordDef.FieldDef field : record.fields()) {
        type.addMethod(wither(record, field, types));
      }
    }
    return type;
  }

  /**
   * The constructor of the fields that may not be left out, so that options records read {@code
   * new ShakeOptions().withDistance(30)} rather than a row of nulls.
   */
  private static MethodSpec requiredOnly(RecordDef record, JavaTypes types) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder docs = CodeBlock.builder();
    List<String> values = new ArrayList<>();
    for (RecordDef.FieldDef field : record.fields()) {
      if (field.type().isOptional()) {
        values.add("null");
        continue;
      }
      constructor.addParameter(componentType(field.type(), false, types), field.javaName());
      values.add(field.javaName());
      docs.add("@param $L $L\n", field.javaName(), fieldDoc(field));
    }
    CodeBlock doc = CodeBlock.builder()
        .add("Only the fields that must be given; the others are left out until set with their\n"
            + "{@code with…} method.\n")
        .add(docs.isEmpty() ? CodeBlock.of("") : CodeBlock.of("\n$L", docs.build()))
        .build();
    return constructor.addStatement("this($L)", String.join(", ", values))
        .addJavadoc(Javadoc.wrapped(doc))
        .build();
  }

  /**
   * {@code withDistance(30)}: a copy with one field replaced. A callback field takes the Java
   * callback and keeps the function the page calls: {@code withAfterFinish(() -> …)}.
   */
  private static MethodSpec wither(RecordDef record, RecordDef.FieldDef field, JavaTypes types) {
    String name = field.javaName();
    JsType given = present(field.type());
    MethodSpec.Builder method = MethodSpec.methodBuilder("with"
            + Character.toUpperCase(name.charAt(0)) + name.substring(1))
        .addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder values = CodeBlock.builder();
    for (RecordDef.FieldDef each : record.fields()) {
      values.add(values.isEmpty() ? "" : ",$W");
      if (each != field || !types.isCallback(given)) {
        values.add("$N", each.javaName());
        continue;
      }
      List<Parameter> fields = record.fields().stream()
          .map(f -> new Parameter(f.name(), f.javaName(), f.type(), "")).toList();
      Parameter self = new Parameter(field.name(), field.javaName(), given, "");
      Arguments callback = Arguments.callbackOf(self, fields, types);
      values.add(callback.list());
      if (callback.unchecked()) {
        method.addAnnotation(MemberWriter.unchecked());
      }
    }
    TypeName self = JavaTypes.generic(types.className(record.javaName()), record.templates());
    CodeBlock doc = CodeBlock.of("A copy of this record with {@code $L} replaced.\n\n"
        + "@param $L $L\n@return the copy\n", field.name(), name, fieldDoc(field));
    TypeName parameter = types.isCallback(given) ? types.of(given)
        : componentType(given, false, types);
    return method.returns(self)
        .addParameter(parameter, name)
        .addStatement("return new $T($L)", self, values.build())
        .addJavadoc(Javadoc.wrapped(doc))
        .build();
  }

  private static String fieldDoc(RecordDef.FieldDef field) {
    return field.description().isEmpty()
        ? "the field {@code " + field.name() + "}"
        : Javadoc.text(Javadoc.phrase(field.description()));
  }

  /** The type of a field that is given: {@code number} for {@code (number|undefined)}. */
  private static JsType present(JsType type) {
    if (type instanceof JsType.OptionalArgument optional) {
      return optional.type();
    }
    if (type.bare() instanceof JsType.Union union) {
      List<JsType> given = union.alternatives().stream()
          .filter(a -> !(a instanceof JsType.Undefined))
          .toList();
      return given.size() == 1 ? given.get(0) : new JsType.Union(given);
    }
    return type;
  }

  private static TypeName componentType(JsType type, boolean optional, JavaTypes types) {
    if (types.isCallback(present(type))) {
      return JavaTypes.JS_FUNCTION;
    }
    return optional ? types.boxed(type) : types.of(type);
  }
}
