package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.RecordDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code @record} becomes. A record of fields only is a plain shape, sent as JSON: a Java
 * record, with the fields of the records it {@code @extends} first. A record used as an interface
 * (one with functions or static members, one a class implements or an interface extends, or one
 * related by {@code @extends} to such a record) is a Java interface of the object in the page.
 */
final class RecordShapes {

  private RecordShapes() {}

  /** The names of the records that become interfaces. */
  static Set<String> structural(Map<String, ClassDef.Builder> records,
      Map<String, ClassDef.Builder> classes, Map<String, List<Declarations.Member>> members) {
    Map<String, ClassDef> built = new java.util.LinkedHashMap<>();
    records.forEach((name, builder) -> built.put(name, builder.build()));
    Set<String> structural = new LinkedHashSet<>();
    for (String name : records.keySet()) {
      if (Declarations.hasFunctionOrStatic(members.getOrDefault(name, List.of()))) {
        structural.add(name);
      }
    }
    for (ClassDef.Builder builder : classes.values()) {
      for (JsType implemented : builder.build().interfaces()) {
        records.keySet().stream().filter(name -> Declarations.names(implemented, name))
            .forEach(structural::add);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ClassDef record : built.values()) {
        for (JsType extended : record.interfaces()) {
          for (String name : records.keySet()) {
            if (Declarations.names(extended, name)
                && structural.contains(record.name()) != structural.contains(name)) {
              changed |= structural.add(record.name()) | structural.add(name);
            }
          }
        }
      }
    }
    return structural;
  }

  /** A plain record: the fields of the records it extends, then its own instance properties. */
  static RecordDef valueRecord(ClassDef record, List<PropertyDef> properties,
      Map<String, ClassDef.Builder> records, Map<String, List<Declarations.Member>> members) {
    List<RecordDef.FieldDef> fields = new ArrayList<>();
    collect(record, properties, records, members, new HashSet<>(), fields);
    return new RecordDef(record.name(), null, record.doc(), record.templates(), fields,
        record.location());
  }

  private static void collect(ClassDef record, List<PropertyDef> properties,
      Map<String, ClassDef.Builder> records, Map<String, List<Declarations.Member>> members,
      Set<String> visited, List<RecordDef.FieldDef> fields) {
    if (!visited.add(record.name())) {
      return;
    }
    for (JsType extended : record.interfaces()) {
      for (Map.Entry<String, ClassDef.Builder> other : records.entrySet()) {
        if (Declarations.names(extended, other.getKey())) {
          collect(other.getValue().build(),
              Declarations.properties(members.getOrDefault(other.getKey(), List.of())),
              records, members, visited, fields);
        }
      }
    }
    for (PropertyDef property : properties) {
      if (!property.isStatic()
          && fields.stream().noneMatch(field -> field.name().equals(property.name()))) {
        fields.add(Declarations.field(property));
      }
    }
  }
}
