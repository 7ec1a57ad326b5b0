package dev.encke.codegen.jsdoc;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.RecordDef;
import dev.encke.codegen.model.Requirements;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations of every definition file of a run, gathered in input order. Members may be
 * declared before or after their owner, and in another file, so types are assembled only when
 * all files have been read.
 */
final class Declarations {

  private final Problems problems;
  private final Map<String, TypeDef> complete = new LinkedHashMap<>();
  private final Map<String, NamespaceDef> namespaces = new LinkedHashMap<>();
  private final Map<String, ClassDef.Builder> classes = new LinkedHashMap<>();
  private final Map<String, RecordDef> records = new LinkedHashMap<>();
  private final Map<String, Location> declaredAt = new LinkedHashMap<>();
  private final List<Member> members = new ArrayList<>();

  Declarations(Problems problems) {
    this.problems = problems;
  }

  /** A function or property waiting for its owner. */
  private record Member(String owner, FunctionDef function, PropertyDef property) {}

  void namespace(NamespaceDef namespace) {
    if (claim(namespace.name(), namespace.location())) {
      namespaces.put(namespace.name(), namespace);
    }
  }

  void classDef(ClassDef.Builder builder, String name, Location location) {
    if (claim(name, location)) {
      classes.put(name, builder);
    }
  }

  void record(RecordDef record) {
    if (claim(record.name(), record.location())) {
      records.put(record.name(), record);
    }
  }

  /** An enum, callback or alias: complete when declared. */
  void type(TypeDef type) {
    if (claim(type.name(), type.location())) {
      complete.put(type.name(), type);
    }
  }

  void function(String owner, FunctionDef function) {
    members.add(new Member(owner, function, null));
  }

  void property(String owner, PropertyDef property) {
    members.add(new Member(owner, null, property));
  }

  private boolean claim(String name, Location location) {
    Location first = declaredAt.putIfAbsent(name, location);
    if (first != null) {
      problems.error(location, "\"" + name + "\" is declared twice; first at " + first);
      return false;
    }
    return true;
  }

  /** Attaches every member to its owner and returns the types in declaration order. */
  List<TypeDef> assemble() {
    Map<String, List<FunctionDef>> functions = new LinkedHashMap<>();
    Map<String, List<PropertyDef>> properties = new LinkedHashMap<>();
    for (Member member : members) {
      Location at = member.function() != null
          ? member.function().location() : member.property().location();
      String memberName = member.function() != null
          ? member.function().name() : member.property().name();
      if (!namespaces.containsKey(member.owner()) && !classes.containsKey(member.owner())
          && !records.containsKey(member.owner())) {
        problems.error(at, "no namespace or class \"" + member.owner() + "\" declares \""
            + member.owner() + "." + memberName + "\"; tag the owner @const or @constructor");
      } else if (member.function() != null) {
        functions.computeIfAbsent(member.owner(), key -> new ArrayList<>()).add(member.function());
      } else {
        properties.computeIfAbsent(member.owner(), key -> new ArrayList<>()).add(member.property());
      }
    }
    List<TypeDef> types = new ArrayList<>();
    for (String name : declaredAt.keySet()) {
      List<FunctionDef> ownFunctions = functions.getOrDefault(name, List.of());
      List<PropertyDef> ownProperties = properties.getOrDefault(name, List.of());
      if (namespaces.containsKey(name)) {
        types.add(namespaces.get(name).withMembers(ownFunctions, ownProperties));
      } else if (classes.containsKey(name)) {
        types.add(classes.get(name).functions(ownFunctions).properties(ownProperties).build());
      } else if (records.containsKey(name)) {
        types.add(record(records.get(name), ownFunctions, ownProperties));
      } else if (complete.containsKey(name)) {
        types.add(complete.get(name));
      }
    }
    return types;
  }

  /** A {@code @record}'s fields are its instance properties; it has no functions. */
  private RecordDef record(
      RecordDef record, List<FunctionDef> functions, List<PropertyDef> properties) {
    for (FunctionDef function : functions) {
      problems.error(function.location(), "@record \"" + record.name() + "\" has only fields, but "
          + "declares the function \"" + function.name() + "\"");
    }
    List<RecordDef.FieldDef> fields = new ArrayList<>(record.fields());
    for (PropertyDef property : properties) {
      if (property.isStatic()) {
        problems.error(property.location(), "@record \"" + record.name()
            + "\" has only instance fields, but declares \"" + property.name() + "\" on itself");
      } else {
        fields.add(new RecordDef.FieldDef(property.name(), property.name(), property.type(),
            property.doc().description()));
      }
    }
    return record.withFields(fields);
  }

  static NamespaceDef namespace(String name, JsDoc doc, Location location) {
    return new NamespaceDef(name, null, doc.toDoc(), List.of(), List.of(), Requirements.NONE,
        doc.has("mixin"), location);
  }
}
