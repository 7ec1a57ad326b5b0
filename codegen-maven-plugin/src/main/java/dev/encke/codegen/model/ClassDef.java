package dev.encke.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code @constructor} or {@code @interface}: instances in the page that the server drives
 * through a proxy. Build with {@link #builder}.
 *
 * @param kind class or interface
 * @param templates the names of its {@code @template} types
 * @param constructors the constructor function with its parameters, one per overload once
 *     overloads are expanded; empty for an interface
 * @param superClass what it {@code @extends}, or {@code null}
 * @param interfaces what it {@code @implements} (for an interface: what it {@code @extends})
 * @param mixins whose members it {@code @mixes}
 * @param functions static and instance functions
 * @param properties static and instance properties
 * @param requirements scripts and modules a page must load
 * @param accessors the functions its instance properties are read and written through, or {@code
 *     null} when they are plain fields; a class without its own inherits its superclass's
 * @param extended whether another class extends it, so that the proxy cannot be final
 */
public record ClassDef(
    String name,
    JavaName javaName,
    Kind kind,
    Doc doc,
    List<String> templates,
    List<FunctionDef> constructors,
    JsType superClass,
    List<JsType> interfaces,
    List<JsType> mixins,
    List<FunctionDef> functions,
    List<PropertyDef> properties,
    Requirements requirements,
    Accessors accessors,
    boolean extended,
    Location location)
    implements MemberOwner {

  /** Class or interface. */
  public enum Kind {
    CLASS,
    INTERFACE
  }

  public ClassDef {
    Objects.requireNonNull(name, "name == null");
    templates = List.copyOf(templates);
    constructors = List.copyOf(constructors);
    interfaces = List.copyOf(interfaces);
    mixins = List.copyOf(mixins);
    functions = List.copyOf(functions);
    properties = List.copyOf(properties);
  }

  public static Builder builder(String name, Kind kind, Location location) {
    return new Builder(name, kind, location);
  }

  public boolean isInterface() {
    return kind == Kind.INTERFACE;
  }

  @Override
  public ClassDef withJavaName(JavaName replaced) {
    return toBuilder().javaName(replaced).build();
  }

  @Override
  public ClassDef withMembers(List<FunctionDef> newFunctions, List<PropertyDef> newProperties) {
    return toBuilder().functions(newFunctions).properties(newProperties).build();
  }

  public Builder toBuilder() {
    return new Builder(name, kind, location)
        .javaName(javaName)
        .doc(doc)
        .templates(templates)
        .constructors(constructors)
        .superClass(superClass)
        .interfaces(interfaces)
        .mixins(mixins)
        .functions(functions)
        .properties(properties)
        .requirements(requirements)
        .accessors(accessors)
        .extended(extended);
  }

  /** Builds a {@link ClassDef}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Kind kind;
    private final Location location;
    private JavaName javaName;
    private Doc doc = Doc.EMPTY;
    private List<String> templates = List.of();
    private List<FunctionDef> constructors = List.of();
    private JsType superClass;
    private List<JsType> interfaces = List.of();
    private List<JsType> mixins = List.of();
    private List<FunctionDef> functions = new ArrayList<>();
    private List<PropertyDef> properties = new ArrayList<>();
    private Requirements requirements = Requirements.NONE;
    private Accessors accessors;
    private boolean extended;

    private Builder(String name, Kind kind, Location location) {
      this.name = name;
      this.kind = kind;
      this.location = location;
    }

    public Builder javaName(JavaName javaName) {
      this.javaName = javaName;
      return this;
    }

    public Builder doc(Doc doc) {
      this.doc = doc;
      return this;
    }

    public Builder templates(List<String> templates) {
      this.templates = templates;
      return this;
    }

    public Builder constructors(List<FunctionDef> constructors) {
      this.constructors = constructors;
      return this;
    }

    public Builder superClass(JsType superClass) {
      this.superClass = superClass;
      return this;
    }

    public Builder interfaces(List<JsType> interfaces) {
      this.interfaces = interfaces;
      return this;
    }

    public Builder mixins(List<JsType> mixins) {
      this.mixins = mixins;
      return this;
    }

    public Builder functions(List<FunctionDef> functions) {
      this.functions = new ArrayList<>(functions);
      return this;
    }

    public Builder properties(List<PropertyDef> properties) {
      this.properties = new ArrayList<>(properties);
      return this;
    }

    public Builder requirements(Requirements requirements) {
      this.requirements = requirements;
      return this;
    }

    public Builder accessors(Accessors accessors) {
      this.accessors = accessors;
      return this;
    }

    public Builder extended(boolean extended) {
      this.extended = extended;
      return this;
    }

    public ClassDef build() {
      return new ClassDef(name, javaName, kind, doc, templates, constructors, superClass,
          interfaces, mixins, functions, properties, requirements, accessors, extended, location);
    }
  }
}
