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

/** Visits every type expression of a definition with its {@link Site}. */
final class Sites {

  /** What a site of a {@code @mixes} type is called; mixins may name namespaces. */
  static final String MIXES = "@mixes";

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
              "field \"" + field.name() + "\" of " + record.name(), capitalize(field.javaName()),
              List.of(), record.location()))))
          .toList());
    }
    if (type instanceof CallbackDef callback) {
      return callback.withParameters(callback.parameters().stream()
          .map(parameter -> parameter.withType(mapping.apply(parameter.type(), new Site(callback,
              "parameter \"" + parameter.name() + "\" of " + callback.name(),
              capitalize(parameter.javaName()), List.of(), callback.location()))))
          .toList());
    }
    if (type instanceof EnumDef enumDef) {
      JsType valueType = mapping.apply(enumDef.valueType(), new Site(enumDef,
          "values of " + enumDef.name(), "", List.of(), enumDef.location()));
      return new EnumDef(enumDef.name(), enumDef.javaName(), enumDef.doc(), valueType,
          enumDef.constants(), enumDef.location());
    }
    AliasDef alias = (AliasDef) type;
    return new AliasDef(alias.name(), mapping.apply(alias.type(), new Site(alias,
        "@typedef " + alias.name(), "", List.of(), alias.location())), alias.doc(),
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
    BiFunction<JsType, String, JsType> supertype = (supertypeOf, tag) -> supertypeOf == null
        ? null
        : mapping.apply(supertypeOf, new Site(type, tag + " of " + type.name(), "", templates,
            type.location()));
    return type.toBuilder()
        .constructors(constructors)
        .superClass(supertype.apply(type.superClass(), "@extends"))
        .interfaces(type.interfaces().stream()
            .map(i -> supertype.apply(i, type.isInterface() ? "@extends" : "@implements"))
            .toList())
        .mixins(type.mixins().stream().map(m -> supertype.apply(m, MIXES)).toList())
        .functions(functions(type, type.functions(), templates, mapping))
        .properties(properties(type, type.properties(), templates, mapping))
        .build();
  }

  private static List<FunctionDef> functions(TypeDef owner, List<FunctionDef> functions,
      List<String> ownerTemplates, BiFunction<JsType, Site, JsType> mapping) {
    List<FunctionDef> result = new ArrayList<>();
    for (FunctionDef function : functions) {
      List<String> templates = new ArrayList<>(ownerTemplates);
      templates.addAll(function.templates());
      String prefix = capitalize(function.javaName());
      JsType returnType = mapping.apply(function.returnType(), new Site(owner,
          "return type of " + function.name(), prefix + "Result", templates,
          function.location()));
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
            "parameter \"" + parameter.name() + "\" of " + function.name(),
            prefix + capitalize(parameter.javaName()), templates, function.location()))))
        .toList();
  }

  private static List<PropertyDef> properties(TypeDef owner, List<PropertyDef> properties,
      List<String> templates, BiFunction<JsType, Site, JsType> mapping) {
    return properties.stream()
        .map(property -> property.withType(mapping.apply(property.type(), new Site(owner,
            "property \"" + property.name() + "\" of " + owner.name(),
            capitalize(property.javaName()), templates, property.location()))))
        .toList();
  }

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
