package dev.encke.codegen.jsdoc;

import dev.encke.codegen.Problem;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.RecordDef;
import dev.encke.codegen.model.Requirements;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarations of every definition file of a run, gathered in input order. Members may be
 * declared before or after their owner, and in another file, so types are assembled only when
 * all files have been read. A member declared twice keeps its first declaration, with a warning.
 */
final class Declarations {

  private final Problems problems;
  private final Map<String, TypeDef> complete = new LinkedHashMap<>();
  private final Map<String, NamespaceDef> namespaces = new LinkedHashMap<>();
  private final Map<String, ClassDef.Builder> classes = new LinkedHashMap<>();
  private final Map<String, ClassDef.Builder> records = new LinkedHashMap<>();
  private final Map<String, Location> declaredAt = new LinkedHashMap<>();
  private final List<Member> members = new ArrayList<>();

  Declarations(Problems problems) {
    this.problems = problems;
  }

  /** A function or property waiting for its owner. */
  record Member(String owner, FunctionDef function, PropertyDef property) {

    String name() {
      return function != null ? function.name() : property.name();
    }

    boolean isStatic() {
      return function != null ? function.isStatic() : property.isStatic();
    }

    Location location() {
      return function != null ? function.location() : property.location();
    }
  }

  private final Map<String, NamespaceDef> implicit = new LinkedHashMap<>();

  /** A namespace declared without a comment, which counts only if a member is declared on it. */
  void implicitNamespace(NamespaceDef namespace) {
    implicit.putIfAbsent(namespace.name(), namespace);
  }

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

  /** A {@code @record}, gathered as an interface until its members are known. */
  void record(ClassDef.Builder builder, String name, Location location) {
    if (claim(name, location)) {
      records.put(name, builder);
    }
  }

  /** An enum, callback, alias or record typedef: complete when declared. */
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
    Map<String, List<Member>> byOwner = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    Map<String, String> globalObjects = globalObjects();
    for (Member declared : members) {
      Member member = declared;
      if (!isOwner(member.owner()) && implicit.containsKey(member.owner())) {
        NamespaceDef namespace = implicit.get(member.owner());
        namespace(namespace);
      } else if (!isOwner(member.owner()) && globalObjects.containsKey(member.owner())) {
        member = onInstances(member, globalObjects.get(member.owner()));
      }
      String owner = member.owner();
      if (!isOwner(owner) && !owner.equals(NamespaceDef.GLOBAL)) {
        problems.error(member.location(), "no namespace or class \"" + owner + "\" declares \""
            + owner + "." + member.name() + "\"; tag the owner @const or @constructor");
      } else if (!seen.add(owner + (member.isStatic() ? "." : "#") + member.name())) {
        problems.warn(member.location(), Problem.Kind.DUPLICATE, "\"" + owner + "."
            + member.name() + "\" is declared again; the first declaration is kept");
      } else {
        byOwner.computeIfAbsent(owner, key -> new ArrayList<>()).add(member);
      }
    }
    if (byOwner.containsKey(NamespaceDef.GLOBAL) && !namespaces.containsKey(NamespaceDef.GLOBAL)) {
      Location first = byOwner.get(NamespaceDef.GLOBAL).get(0).location();
      namespaces.put(NamespaceDef.GLOBAL, new NamespaceDef(NamespaceDef.GLOBAL, null,
          Doc.of("The global functions and variables of the page."), List.of(), List.of(),
          Requirements.NONE, false, first));
      declaredAt.put(NamespaceDef.GLOBAL, first);
    }
    Set<String> structural = RecordShapes.structural(records, classes, byOwner);
    List<TypeDef> types = new ArrayList<>();
    for (String name : declaredAt.keySet()) {
      List<Member> own = byOwner.getOrDefault(name, List.of());
      List<FunctionDef> functions = own.stream().map(Member::function)
          .filter(java.util.Objects::nonNull).toList();
      List<PropertyDef> properties = own.stream().map(Member::property)
          .filter(java.util.Objects::nonNull).toList();
      if (namespaces.containsKey(name)) {
        types.add(namespaces.get(name).withMembers(functions, properties));
      } else if (classes.containsKey(name)) {
        types.add(classes.get(name).functions(functions).properties(properties).build());
      } else if (records.containsKey(name) && structural.contains(name)) {
        types.add(records.get(name).functions(functions).properties(properties).build());
      } else if (records.containsKey(name)) {
        types.add(RecordShapes.valueRecord(records.get(name).build(), properties, records,
            byOwner));
      } else if (complete.containsKey(name)) {
        types.add(complete.get(name));
      }
    }
    return types;
  }

  private boolean isOwner(String name) {
    return namespaces.containsKey(name) || classes.containsKey(name) || records.containsKey(name);
  }

  /**
   * The global variables of a class's type, such as {@code var navigator} of {@code Navigator},
   * by name with the class's name: externs declare more members of the class on them, as in
   * {@code navigator.getGamepads = function () {}}.
   */
  private Map<String, String> globalObjects() {
    Map<String, String> objects = new LinkedHashMap<>();
    for (Member member : members) {
      if (member.owner().equals(NamespaceDef.GLOBAL) && member.property() != null
          && member.property().type().bare() instanceof JsType.Named named
          && (classes.containsKey(named.name()) || records.containsKey(named.name()))) {
        objects.putIfAbsent(member.property().name(), named.name());
      }
    }
    return objects;
  }

  /** A member declared on a global object, as an instance member of the object's class. */
  private static Member onInstances(Member member, String type) {
    if (member.function() != null) {
      return new Member(type, member.function().toBuilder().isStatic(false).build(), null);
    }
    PropertyDef property = member.property();
    return new Member(type, null, new PropertyDef(property.name(), property.javaName(), false,
        property.readOnly(), property.type(), property.doc(), property.location()));
  }

  /** The properties a member list declares, for {@link RecordShapes}. */
  static List<PropertyDef> properties(List<Member> members) {
    return members.stream().map(Member::property).filter(java.util.Objects::nonNull).toList();
  }

  static NamespaceDef namespace(String name, JsDoc doc, Location location) {
    return new NamespaceDef(name, null, doc.toDoc(), List.of(), List.of(), Requirements.NONE,
        doc.has("mixin"), location);
  }

  /** Whether a type expression names {@code name}. */
  static boolean names(JsType type, String name) {
    return type.bare() instanceof JsType.Named named && named.name().equals(name);
  }

  /** What {@link RecordShapes} needs of a member. */
  static boolean hasFunctionOrStatic(List<Member> members) {
    return members.stream().anyMatch(m -> m.function() != null || m.isStatic());
  }

  /** Gives {@link RecordShapes} a record's own fields. */
  static RecordDef.FieldDef field(PropertyDef property) {
    return new RecordDef.FieldDef(property.name(), property.name(), property.type(),
        property.doc().description());
  }
}
