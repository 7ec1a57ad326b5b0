package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Copies the members of what a class {@code @mixes} into it, as if declared there: a {@code
 * @mixin} namespace's functions and properties become instance members, a class's instance
 * members are copied as they are. The class's own members win.
 */
final class MixinsPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    return Hierarchy.supertypesFirst(model, this, problems, (type, resolved) -> {
      if (type.mixins().isEmpty()) {
        return type;
      }
      List<FunctionDef> functions = new ArrayList<>(type.functions());
      List<PropertyDef> properties = new ArrayList<>(type.properties());
      for (JsType mixin : type.mixins()) {
        mixIn(type, mixin, byName, resolved, functions, properties, problems);
      }
      return type.withMembers(functions, properties);
    });
  }

  private static void mixIn(ClassDef type, JsType mixin, Map<String, TypeDef> byName,
      UnaryOperator<ClassDef> resolved, List<FunctionDef> functions,
      List<PropertyDef> properties, Problems problems) {
    TypeDef source = mixin.bare() instanceof JsType.Named named ? byName.get(named.name()) : null;
    List<FunctionDef> lent = new ArrayList<>();
    List<PropertyDef> lentProperties = new ArrayList<>();
    if (source instanceof NamespaceDef namespace) {
      namespace.functions().forEach(f -> lent.add(f.toBuilder().isStatic(false).build()));
      lentProperties.addAll(namespace.properties());
    } else if (source instanceof ClassDef classDef) {
      ClassDef mixed = resolved.apply(classDef);
      mixed.functions().stream().filter(f -> !f.isStatic()).forEach(lent::add);
      mixed.properties().stream().filter(p -> !p.isStatic()).forEach(lentProperties::add);
    } else {
      problems.error(type.location(), "@mixes of \"" + type.name() + "\" names \"" + mixin
          + "\", which is not a namespace, @constructor or @interface");
      return;
    }
    lent.stream()
        .filter(f -> functions.stream().noneMatch(own -> own.name().equals(f.name())
            && !own.isStatic()))
        .forEach(functions::add);
    lentProperties.stream()
        .filter(p -> properties.stream().noneMatch(own -> own.name().equals(p.name())))
        .map(p -> new PropertyDef(p.name(), p.javaName(), false, p.readOnly(), p.type(),
            p.doc(), p.location()))
        .forEach(properties::add);
  }
}
