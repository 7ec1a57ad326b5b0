package dev.encke.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.PropertyDef;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@code @constructor} as a proxy class extending {@code JsObject} (or the proxy of its
 * superclass), and an {@code @interface} as a Java interface of default methods that every proxy
 * implementing it inherits. Stateless.
 */
final class ClassWriter {

  private ClassWriter() {}

  static TypeSpec.Builder write(ClassDef definition, JavaTypes types) {
    TypeName self = self(definition, types);
    TypeSpec.Builder type = definition.isInterface()
        ? interfaceType(definition, self, types)
        : classType(definition, self, types);
    TypeHeader.requirements(type, definition.requirements());
    definition.templates().forEach(name -> type.addTypeVariable(TypeVariableName.get(name)));
    for (JsType implemented : definition.interfaces()) {
      type.addSuperinterface(types.supertype(implemented));
    }
    MemberWriter.Target statics =
        new MemberWriter.Target(CodeBlock.of("CONSTRUCTOR"), self, false);
    MemberWriter.Target instances =
        new MemberWriter.Target(CodeBlock.of("ref()"), self, definition.isInterface());
    for (boolean isStatic : new boolean[] {true, false}) {
      MemberWriter.Target target = isStatic ? statics : instances;
      for (FunctionDef function : definition.functions()) {
        if (function.isStatic() == isStatic) {
          type.addMethod(MemberWriter.function(function, target, types));
        }
      }
      for (PropertyDef property : definition.properties()) {
        if (property.isConstant()) {
          if (isStatic) {
            type.addField(PropertyWriter.constant(property, types));
          }
        } else if (property.isStatic() == isStatic) {
          type.addMethods(PropertyWriter.accessors(property, target, types));
        }
      }
    }
    return type;
  }

  private static TypeName self(ClassDef definition, JavaTypes types) {
    ClassName name = types.className(definition.javaName());
    if (definition.templates().isEmpty()) {
      return name;
    }
    return ParameterizedTypeName.get(name, definition.templates().stream()
        .map(TypeVariableName::get).toArray(TypeName[]::new));
  }

  private static TypeSpec.Builder classType(ClassDef definition, TypeName self, JavaTypes types) {
    TypeSpec.Builder type = TypeSpec.classBuilder(definition.javaName().simpleName())
        .addModifiers(Modifier.PUBLIC);
    if (definition.javaName().isNested()) {
      type.addModifiers(Modifier.STATIC);
    }
    if (!definition.extended()) {
      type.addModifiers(Modifier.FINAL);
    }
    TypeHeader.add(type, definition, "class", types);
    type.superclass(definition.superClass() == null
        ? JavaTypes.JS_OBJECT : types.supertype(definition.superClass()));
    boolean hasStatics = !definition.constructors().isEmpty()
        || definition.functions().stream().anyMatch(FunctionDef::isStatic)
        || definition.properties().stream().anyMatch(p -> p.isStatic() && !p.isConstant());
    if (hasStatics) {
      type.addField(FieldSpec.builder(JavaTypes.JS_REF, "CONSTRUCTOR", Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .initializer(TypeHeader.globalRef(definition.name()))
          .build());
    }
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(JavaTypes.JS_REF, "ref")
        .addStatement("super(ref)")
        .addJavadoc("A proxy of the {@code $L} that {@code ref} refers to.\n\n"
            + "@param ref where the object is in the page\n", definition.name())
        .build());
    for (FunctionDef constructor : definition.constructors()) {
      type.addMethod(MemberWriter.constructor(definition, constructor, self, types));
    }
    return type;
  }

  private static TypeSpec.Builder interfaceType(ClassDef definition, TypeName self,
      JavaTypes types) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(definition.javaName().simpleName())
        .addModifiers(Modifier.PUBLIC);
    TypeHeader.add(type, definition, "interface", types);
    if (types.needsProxyClass(definition)) {
      type.addType(proxy(definition, self, types));
    }
    if (definition.interfaces().isEmpty()) {
      type.addMethod(MethodSpec.methodBuilder("ref")
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(JavaTypes.JS_REF)
          .addJavadoc("Where the object is in the page; every proxy implements this.\n\n"
              + "@return the reference the proxy's calls go to\n")
          .build());
    }
    return type;
  }

  /**
   * The class of the proxies of objects in the page that are of an interface type, for results
   * and properties of that type: its methods are the interface's.
   */
  private static TypeSpec proxy(ClassDef definition, TypeName self, JavaTypes types) {
    TypeSpec.Builder proxy = TypeSpec.classBuilder(JavaTypes.INTERFACE_PROXY)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(JavaTypes.JS_OBJECT)
        .addSuperinterface(self)
        .addJavadoc("A proxy of an object in the page that is a {@code $L}.\n", definition.name());
    definition.templates().forEach(name -> proxy.addTypeVariable(TypeVariableName.get(name)));
    return proxy.addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(JavaTypes.JS_REF, "ref")
            .addStatement("super(ref)")
            .addJavadoc("A proxy of the {@code $L} that {@code ref} refers to.\n\n"
                + "@param ref where the object is in the page\n", definition.name())
            .build())
        .build();
  }
}
