package dev.encke.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes a property as a getter and, unless it is read-only, a setter; or, for a static {@code
 * @const} assigned a literal, as a Java constant. The getter of a value
 * returns a future; of an object, a proxy or {@code JsRef} that refers to the property. Stateless.
 */
final class PropertyWriter {

  private PropertyWriter() {}

  static List<MethodSpec> accessors(
      PropertyDef property, MemberWriter.Target target, JavaTypes types) {
    List<MethodSpec> accessors = new ArrayList<>();
    accessors.add(getter(property, target, types));
    if (!property.readOnly()) {
      accessors.add(setter(property, target, types));
    }
    return accessors;
  }

  /** {@code public static final int STATEDISABLED = 0;}, with the property's documentation. */
  static FieldSpec constant(PropertyDef property, JavaTypes types) {
    Object value = property.constant();
    TypeName type = value instanceof Integer ? TypeName.INT
        : value instanceof Long ? TypeName.LONG
        : value instanceof Double ? TypeName.DOUBLE
        : value instanceof Boolean ? TypeName.BOOLEAN
        : JavaTypes.STRING;
    CodeBlock initializer = value instanceof String ? CodeBlock.of("$S", value)
        : value instanceof Long ? CodeBlock.of("$LL", value)
        : CodeBlock.of("$L", value);
    FieldSpec.Builder field = FieldSpec.builder(type, variableName(property),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer);
    if (property.doc().deprecated()) {
      field.addAnnotation(Deprecated.class);
    }
    CodeBlock.Builder doc = CodeBlock.builder().add(Javadoc.description(property.doc()))
        .add(Javadoc.otherTags(property.doc()));
    CodeBlock tags = Javadoc.tags(property.doc(), types);
    if (!tags.isEmpty()) {
      doc.add(property.doc().description().isEmpty() ? "" : "\n").add(tags);
    }
    return field.addJavadoc(Javadoc.wrapped(doc.build())).build();
  }

  private static MethodSpec getter(
      PropertyDef property, MemberWriter.Target target, JavaTypes types) {
    MethodSpec.Builder getter = start(property.getterName(), property, target);
    TypeName type = types.boxed(property.type());
    CodeBlock on = target.target();
    if (types.isProxy(property.type())) {
      getter.returns(type).addStatement("return new $T($L.get($S))",
          types.proxyClass(property.type()), on, property.name());
    } else if (types.isPageReference(property.type())) {
      getter.returns(JavaTypes.JS_REF).addStatement("return $L.get($S)", on, property.name());
    } else if (type instanceof TypeVariableName) {
      // The page sends JSON, and Java erases T: the caller names the class to read it as.
      getter.returns(ParameterizedTypeName.get(JavaTypes.FUTURE, type))
          .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), type), "type")
          .addStatement("return $T.get(type, $L, $S)", JavaTypes.JS, on, property.name());
    } else {
      getter.returns(ParameterizedTypeName.get(JavaTypes.FUTURE, type))
          .addStatement("return $T.get($L, $L, $S)", JavaTypes.JS, ReturnKind.valueType(type), on,
              property.name());
    }
    return getter.addJavadoc(Javadoc.wrapped(doc(property, false, types))).build();
  }

  private static MethodSpec setter(
      PropertyDef property, MemberWriter.Target target, JavaTypes types) {
    Parameter value = new Parameter(property.name(), variableName(property), property.type(), "");
    Arguments arguments = Arguments.of(List.of(value), types);
    MethodSpec.Builder setter = start(property.setterName(), property, target)
        .addParameter(MemberWriter.parameter(value, types))
        .addStatement("$T.set($L, $S$L)", JavaTypes.JS, target.target(), property.name(),
            arguments.list());
    if (arguments.unchecked()) {
      setter.addAnnotation(MemberWriter.unchecked());
    }
    return setter.addJavadoc(Javadoc.wrapped(doc(property, true, types))).build();
  }

  /** The property's name as a Java variable: {@code default_} for {@code default}. */
  private static String variableName(PropertyDef property) {
    String name = property.javaName();
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  private static MethodSpec.Builder start(
      String name, PropertyDef property, MemberWriter.Target target) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    if (property.isStatic()) {
      method.addModifiers(Modifier.STATIC);
    } else if (target.inInterface()) {
      method.addModifiers(Modifier.DEFAULT);
    }
    MemberWriter.deprecation(method, property.doc());
    return method;
  }

  /**
   * The getter's documentation is the property's; the setter's says what it sets and adds the
   * property's.
   */
  private static CodeBlock doc(PropertyDef property, boolean setter, JavaTypes types) {
    String description = Javadoc.text(property.doc().description());
    CodeBlock.Builder doc = CodeBlock.builder();
    if (setter) {
      doc.add("Sets the property {@code $L}.\n", property.name());
      if (!description.isEmpty()) {
        doc.add("\n<p>$L\n", description);
      }
    } else {
      doc.add("$L\n", description.isEmpty()
          ? "The property {@code " + property.name() + "}." : description);
    }
    doc.add(Javadoc.otherTags(property.doc()));
    CodeBlock tags = Javadoc.tags(property.doc(), types);
    if (!tags.isEmpty()) {
      doc.add("\n").add(tags);
    }
    return doc.build();
  }
}
