package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.EnumDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.RecordDef;
import dev.encke.codegen.model.TypeDef;
import java.util.List;

/**
 * Makes member, parameter, field and constant names legal and idiomatic Java by the rules of
 * {@link JavaNames}. The JavaScript names stay in the model: they are what goes on the wire.
 */
final class MemberNamesPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    return model.mapTypes(MemberNamesPass::rename);
  }

  private static TypeDef rename(TypeDef type) {
    if (type instanceof ClassDef classDef) {
      ClassDef renamed = (ClassDef) renameMembers(classDef);
      return renamed.toBuilder()
          .constructors(renamed.constructors().stream().map(MemberNamesPass::rename).toList())
          .build();
    }
    if (type instanceof MemberOwner owner) {
      return renameMembers(owner);
    }
    if (type instanceof RecordDef record) {
      return record.withFields(record.fields().stream()
          .map(field -> field.withJavaName(JavaNames.variable(field.javaName())))
          .toList());
    }
    if (type instanceof CallbackDef callback) {
      return callback.withParameters(parameters(callback.parameters()));
    }
    if (type instanceof EnumDef enumDef) {
      return enumDef.withConstants(enumDef.constants().stream()
          .map(constant -> constant.withJavaName(constantName(constant.javaName())))
          .toList());
    }
    return type;
  }

  private static MemberOwner renameMembers(MemberOwner owner) {
    List<FunctionDef> functions = owner.functions().stream().map(MemberNamesPass::rename).toList();
    List<PropertyDef> properties = owner.properties().stream()
        .map(property -> property.withJavaName(JavaNames.property(property.javaName())))
        .toList();
    return owner.withMembers(functions, properties);
  }

  private static FunctionDef rename(FunctionDef function) {
    return function.toBuilder()
        .javaName(JavaNames.method(function.javaName()))
        .parameters(parameters(function.parameters()))
        .build();
  }

  /**
   * Legal, distinct parameter names: where dropping {@code opt_} would give two parameters one
   * name ({@code format} and {@code opt_format}), the optional one is {@code optFormat}.
   */
  private static List<Parameter> parameters(List<Parameter> parameters) {
    List<String> names = parameters.stream()
        .map(parameter -> JavaNames.variable(parameter.javaName()))
        .toList();
    List<Parameter> renamed = new java.util.ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      String name = names.get(i);
      if (names.indexOf(name) != names.lastIndexOf(name) || !taken.add(name)) {
        name = parameters.get(i).javaName().startsWith("opt_")
            ? "opt" + Sites.capitalize(names.get(i)) : names.get(i);
        for (int n = 2; !taken.add(name); n++) {
          name = names.get(i) + n;
        }
      }
      renamed.add(parameters.get(i).withJavaName(name));
    }
    return renamed;
  }

  /**
   * Java spells constants in upper case with underscores: {@code "top-left"} becomes {@code
   * TOP_LEFT} and {@code slowMotion} becomes {@code SLOW_MOTION}.
   */
  private static String constantName(String key) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean wordStart = i > 0 && Character.isUpperCase(c)
          && Character.isLowerCase(key.charAt(i - 1));
      if (wordStart) {
        name.append('_');
      }
      name.append(Character.isJavaIdentifierPart(c) ? Character.toUpperCase(c) : '_');
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, '_');
    }
    return JavaNames.safe(name.toString());
  }
}
