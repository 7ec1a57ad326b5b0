package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.JavaName;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.JsTypes;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.RecordDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the record types and long function types written inline in signatures, so that Java can
 * spell them: the record in {@code Effect.shake(id, {distance: number})} becomes the record
 * {@code Effect.ShakeOptions}, nested in its owner and named after the function and parameter.
 * Function types of up to two parameters stay inline: Java spells them {@code Runnable}, {@code
 * Consumer} and {@code BiConsumer}.
 */
final class InlineTypesPass implements Pass {

  static final int MAX_INLINE_CALLBACK_PARAMETERS = 2;

  @Override
  public Model applyTo(Model model, Problems problems) {
    Set<String> names = new HashSet<>();
    model.types().forEach(type -> names.add(type.name()));
    Deque<TypeDef> pending = new ArrayDeque<>(model.types());
    List<TypeDef> done = new ArrayList<>();
    while (!pending.isEmpty()) {
      TypeDef type = pending.removeFirst();
      if (type.javaName() == null) {
        done.add(type);
        continue;
      }
      List<TypeDef> lifted = new ArrayList<>();
      done.add(Sites.mapTypes(type, (jsType, site) -> lift(jsType, site, names, lifted)));
      pending.addAll(lifted);
    }
    return new Model(done, model.descriptors());
  }

  private static JsType lift(JsType type, Site site, Set<String> names, List<TypeDef> lifted) {
    return JsTypes.transform(type, part -> {
      List<String> templates = templatesUsed(part, site);
      if (part instanceof JsType.RecordType record) {
        TypeDef def = record(record, site, names, templates);
        lifted.add(def);
        return reference(def, templates);
      }
      if (part instanceof JsType.FunctionType function
          && function.parameters().size() > MAX_INLINE_CALLBACK_PARAMETERS) {
        TypeDef def = callback(function, site, names, templates);
        lifted.add(def);
        return reference(def, templates);
      }
      return part;
    });
  }

  /** The templates of the site that {@code type} names, which the lifted type must declare. */
  private static List<String> templatesUsed(JsType type, Site site) {
    if (site.templates().isEmpty()
        || !(type instanceof JsType.RecordType || type instanceof JsType.FunctionType)) {
      return List.of();
    }
    Set<String> used = new HashSet<>();
    JsTypes.transform(type, part -> {
      if (part instanceof JsType.Named named && named.arguments().isEmpty()) {
        used.add(named.name());
      }
      return part;
    });
    return site.templates().stream().filter(used::contains).toList();
  }

  private static JsType reference(TypeDef lifted, List<String> templates) {
    return new JsType.Named(lifted.name(),
        templates.stream().map(name -> (JsType) new JsType.Named(name)).toList());
  }

  private static RecordDef record(JsType.RecordType record, Site site, Set<String> names,
      List<String> templates) {
    List<RecordDef.FieldDef> fields = record.fields().stream()
        .map(field -> new RecordDef.FieldDef(field.name(), JavaNames.variable(field.name()),
            field.type(), ""))
        .toList();
    String simpleName = simpleName(site, names);
    return new RecordDef(site.owner().name() + "." + simpleName, javaName(site, simpleName),
        Doc.of("The shape of the " + site.described() + "."), templates, fields,
        site.location());
  }

  private static CallbackDef callback(JsType.FunctionType function, Site site, Set<String> names,
      List<String> templates) {
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < function.parameters().size(); i++) {
      parameters.add(new Parameter("arg" + i, function.parameters().get(i), ""));
    }
    String simpleName = simpleName(site, names);
    return new CallbackDef(site.owner().name() + "." + simpleName, javaName(site, simpleName),
        Doc.of("The type of the " + site.described() + "."), templates, parameters,
        function.returnType(), site.location());
  }

  /** The site's suggested name, numbered when the owner already has a type of that name. */
  private static String simpleName(Site site, Set<String> names) {
    String base = site.nestedName().isEmpty() ? "Value" : site.nestedName();
    String candidate = base;
    for (int i = 2; !names.add(site.owner().name() + "." + candidate); i++) {
      candidate = base + i;
    }
    return candidate;
  }

  private static JavaName javaName(Site site, String simpleName) {
    return site.owner().javaName().nested(simpleName);
  }
}
