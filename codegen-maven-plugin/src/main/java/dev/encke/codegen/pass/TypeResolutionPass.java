package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.BuiltinTypes;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.JsTypes;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.NumberKind;
import dev.encke.codegen.model.TypeDef;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that every type name means something: a template in scope, a built-in type, or a type
 * some definition or descriptor declares. Java types named in descriptors are matched to the
 * declaring definition; {@code String}, {@code Number} and {@code Boolean} read as primitives.
 */
final class TypeResolutionPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    Map<String, String> byJavaName = new HashMap<>();
    for (TypeDef type : model.types()) {
      if (type.javaName() != null) {
        byJavaName.put(type.javaName().qualifiedName(), type.name());
      }
    }
    return model.mapTypes(type -> Sites.mapTypes(type, (jsType, site) -> JsTypes.transform(
        jsType, part -> resolve(part, site, byName, byJavaName, problems))));
  }

  private static JsType resolve(JsType type, Site site, Map<String, TypeDef> byName,
      Map<String, String> byJavaName, Problems problems) {
    if (type instanceof JsType.JavaReference reference) {
      String name = byJavaName.get(reference.qualifiedName());
      if (name == null) {
        problems.error(site.location(), "unknown Java type \"" + reference.qualifiedName()
            + "\" for " + site.what() + "; no definition or descriptor generates it");
        return new JsType.Any();
      }
      return new JsType.Named(name);
    }
    if (!(type instanceof JsType.Named named)) {
      return type;
    }
    String name = named.name();
    if (named.arguments().isEmpty() && site.templates().contains(name)) {
      return new JsType.TypeVariable(name);
    }
    if (named.arguments().isEmpty() && site.owner() instanceof ClassDef owner
        && owner.templates().contains(name)) {
      // A static member names the class's template, which Java's static members cannot use.
      return new JsType.Unknown();
    }
    switch (name) {
      case "String" -> {
        return new JsType.Named("string");
      }
      case "Boolean" -> {
        return new JsType.Named("boolean");
      }
      case "Number" -> {
        return new JsType.NumberType(NumberKind.DOUBLE);
      }
      default -> {
        return checked(named, site, byName, problems);
      }
    }
  }

  private static JsType checked(
      JsType.Named named, Site site, Map<String, TypeDef> byName, Problems problems) {
    if (BuiltinTypes.isBuiltin(named.name())) {
      return named;
    }
    TypeDef declared = byName.get(named.name());
    if (declared == null) {
      problems.error(site.location(),
          "unknown type \"" + named.name() + "\" for " + site.what());
      return new JsType.Any();
    }
    if (declared instanceof NamespaceDef && site.kind() != Site.Kind.MIXES) {
      problems.error(site.location(), "\"" + named.name() + "\" is a namespace, not a type, in "
          + site.what());
      return new JsType.Any();
    }
    return named;
  }
}
