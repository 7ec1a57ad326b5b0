package dev.encke.codegen.pass;

import dev.encke.codegen.model.AliasDef;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.EnumDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.RecordDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Visits every type expression of a definition with its {@link Site}. A static function sees
 * only its own templates: Java's static methods cannot use the class's type variables.
 */
final class Sites {

  private Sites() {}

  /** {@code type} with every type expression replaced by {@code mapping}'s result. */
  static TypeDef mapTypes(TypeDef type, BiFunction<JsType, Site, JsType> mapping) {
    if (type instanceof NamespaceDef namespace) {
      return namespace.withMembers(
          functions(namespace, namespace.functions(), List.of(), mapping),
          properties(namespace, namespace.properties(), List.of(), mapping));
    }
    if (type instanceof ClassDef classDef) {
      return mapClass(classDef, mapping);
    }
    if (type instanceof RecordDef record) {
      return record.withFields(record.fields().stream()
          .map(field -> field.withType(mapping.apply(field.type(), new Site(record,
              Site.Kind.FIELD, "", field.name(), capitalize(field.javaName()),
              record.templates(), record.location()))))
          .toList());
    }
    if (type instanceof CallbackDef callback) {
      JsType result = mapping.apply(callback.returnType(), new Site(callback, Site.Kind.RESULT,
          callback.name(), "", "Result", callback.templates(), callback.location()));
      return callback.withReturnType(result).withParameters(callback.parameters().stream()
          .map(parameter -> parameter.withType(mapping.apply(parameter.type(), new Site(callback,
              Site.Kind.PARAMETER, callback.name(), parameter.name(),
              capitalize(parameter.javaName()), callback.templates(), callback.location()))))
          .toList());
    }
    if (type instanceof EnumDef enumDef) {
      JsType valueType = mapping.apply(enumDef.valueType(), new Site(enumDef,
          Site.Kind.ENUM_VALUES, "", "", "", List.of(), enumDef.location()));
      return new EnumDef(enumDef.name(), enumDef.javaName(), enumDef.doc(), valueType,
          enumDef.constants(), enumDef.location());
    }
    AliasDef alias = (AliasDef) type;
    return new AliasDef(alias.name(), mapping.apply(alias.type(), new Site(alias,
        Site.Kind.ALIAS, "", "", "", List.of(), alias.location())), alias.doc(),
        alias.location());
  }

  private static ClassDef mapClass(ClassDef type, BiFunction<JsType, Site, JsType> mapping) {
    List<String> templates = type.templates();
    List<FunctionDef> constructors = new ArrayList<>();
    for (FunctionDef constructor : type.constructors()) {
      constructors.add(constructor.toBuilder()
          .parameters(parameters(type, constructor, "", templates, mapping))
          .build());
    }
    BiFunction<JsType, Site.Kind, JsType> supertype = (supertypeOf, kind) -> supertypeOf == null
        ? null
        : mapping.apply(supertypeOf, new Site(type, kind, "", "", "", templates,
            type.location()));
    return type.toBuilder()
        .constructors(constructors)
        .superClass(supertype.apply(type.superClass(), Site.Kind.EXTENDS))
        .interfaces(type.interfaces().stream()
            .map(i -> supertype.apply(i,
                type.isInterface() ? Site.Kind.EXTENDS : Site.Kind.IMPLEMENTS))
            .toList())
        .mixins(type.mixins().stream().map(m -> supertype.apply(m, Site.Kind.MIXES)).toList())
        .functions(functions(type, type.functions(), templates, mapping))
        .properties(properties(type, type.properties(), templates, mapping))
        .build();
  }

  private static List<FunctionDef> functions(TypeDef owner, List<FunctionDef> functions,
      List<String> ownerTemplates, BiFunction<JsType, Site, JsType> mapping) {
    List<FunctionDef> result = new ArrayList<>();
    for (FunctionDef function : functions) {
      List<String> templates = new ArrayList<>(function.isStatic() ? List.of() : ownerTemplates);
      templates.addAll(function.templates());
      String prefix = capitalize(function.javaName());
      JsType returnType = mapping.apply(function.returnType(), new Site(owner, Site.Kind.RESULT,
          function.name(), "", prefix + "Result", templates, function.location()));
      result.add(function.toBuilder()
          .parameters(parameters(owner, function, prefix, templates, mapping))
          .returnType(returnType)
          .build());
    }
    return result;
  }

  private static List<Parameter> parameters(TypeDef owner, FunctionDef function, String prefix,
      List<String> templates, BiFunction<JsType, Site, JsType> mapping) {
    return function.parameters().stream()
        .map(parameter -> parameter.withType(mapping.apply(parameter.type(), new Site(owner,
            Site.Kind.PARAMETER, function.name(), parameter.name(),
            prefix + capitalize(parameter.javaName()), templates, function.location()))))
        .toList();
  }

  private static List<PropertyDef> properties(TypeDef owner, List<PropertyDef> properties,
      List<String> ownerTemplates, BiFunction<JsType, Site, JsType> mapping) {
    return properties.stream()
        .map(property -> property.withType(mapping.apply(property.type(), new Site(owner,
            Site.Kind.PROPERTY, "", property.name(), capitalize(property.javaName()),
            property.isStatic() ? List.of() : ownerTemplates, property.location()))))
        .toList();
  }

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
