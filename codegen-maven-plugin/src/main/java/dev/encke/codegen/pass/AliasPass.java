package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.AliasDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.JsTypes;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces each use of a {@code @typedef} alias by the type it names, so that {@code
 * acme.Size} in a signature reads as {@code (string|number)} to every later pass; aliases get no
 * Java type. An alias that names itself, directly or not, is a problem.
 */
final class AliasPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, AliasDef> aliases = new LinkedHashMap<>();
    for (TypeDef type : model.types()) {
      if (type instanceof AliasDef alias) {
        aliases.put(alias.name(), alias);
      }
    }
    if (aliases.isEmpty()) {
      return model;
    }
    Map<String, JsType> resolved = new LinkedHashMap<>();
    for (AliasDef alias : aliases.values()) {
      resolve(alias, aliases, resolved, new LinkedHashSet<>(), problems);
    }
    List<TypeDef> types = new ArrayList<>();
    for (TypeDef type : model.types()) {
      if (!(type instanceof AliasDef)) {
        types.add(Sites.mapTypes(type, (jsType, site) -> substitute(jsType, resolved)));
      }
    }
    return new Model(types, model.descriptors().stream()
        .map(type -> Sites.mapTypes(type, (jsType, site) -> substitute(jsType, resolved)))
        .toList());
  }

  private static JsType resolve(AliasDef alias, Map<String, AliasDef> aliases,
      Map<String, JsType> resolved, Set<String> resolving, Problems problems) {
    if (resolved.containsKey(alias.name())) {
      return resolved.get(alias.name());
    }
    if (!resolving.add(alias.name())) {
      problems.error(alias.location(), "@typedef \"" + alias.name() + "\" refers to itself: "
          + String.join(" -> ", resolving) + " -> " + alias.name());
      resolved.put(alias.name(), new JsType.Any());
      return resolved.get(alias.name());
    }
    JsType type = JsTypes.transform(alias.type(), part -> {
      if (part instanceof JsType.Named named && aliases.containsKey(named.name())) {
        return resolve(aliases.get(named.name()), aliases, resolved, resolving, problems);
      }
      return part;
    });
    resolving.remove(alias.name());
    resolved.put(alias.name(), type);
    return type;
  }

  private static JsType substitute(JsType type, Map<String, JsType> resolved) {
    return JsTypes.transform(type, part -> part instanceof JsType.Named named
        && resolved.containsKey(named.name()) ? resolved.get(named.name()) : part);
  }
}
