package dev.encke.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.PropertyDef;
import javax.lang.model.element.Modifier;

/**
 * Writes a namespace as a final class of static methods, one per function, each recording a call
 * through the runtime's {@code Js}. Stateless.
 */
final class NamespaceWriter {

  private NamespaceWriter() {}

  static TypeSpec.Builder write(NamespaceDef namespace, JavaTypes types) {
    TypeSpec.Builder type = TypeSpec.classBuilder(namespace.javaName().simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    if (namespace.javaName().isNested()) {
      type.addModifiers(Modifier.STATIC);
    }
    TypeHeader.add(type, namespace, "namespace", types);
    TypeHeader.requirements(type, namespace.requirements());
    type.addField(FieldSpec.builder(JavaTypes.JS_REF, "NAMESPACE", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .initializer(TypeHeader.globalRef(namespace.name()))
        .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MemberWriter.Target target = new MemberWriter.Target(CodeBlock.of("NAMESPACE"),
        types.className(namespace.javaName()), false);
    for (FunctionDef function : namespace.functions()) {
      type.addMethod(MemberWriter.function(function, target, types));
    }
    for (PropertyDef property : namespace.properties()) {
      if (property.isConstant()) {
        type.addField(PropertyWriter.constant(property, types));
      } else {
        type.addMethods(PropertyWriter.accessors(property, target, types));
      }
    }
    return type;
  }
}
