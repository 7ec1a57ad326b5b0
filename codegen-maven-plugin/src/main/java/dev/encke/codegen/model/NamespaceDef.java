package dev.encke.codegen.model;

import java.util.List;

/**
 * A {@code @const} namespace object, such as {@code dwr.util}, with the functions and properties
 * assigned to it. A namespace tagged {@code @mixin} only lends its functions to the classes that
 * {@code @mixes} it and gets no Java type of its own. The global functions and variables, such as
 * {@code parseInt} and {@code document}, are the members of the namespace {@link #GLOBAL}.
 */
public record NamespaceDef(
    String name,
    JavaName javaName,
    Doc doc,
    List<FunctionDef> functions,
    List<PropertyDef> properties,
    Requirements requirements,
    boolean mixin,
    Location location)
    implements MemberOwner {

  /** The JavaScript name of the global object, whose members are the global declarations. */
  public static final String GLOBAL = "window";

  public NamespaceDef {
    functions = List.copyOf(functions);
    properties = List.copyOf(properties);
  }

  /** Whether this is the namespace of the global declarations. */
  public boolean isGlobal() {
    return name.equals(GLOBAL);
  }

  @Override
  public NamespaceDef withJavaName(JavaName replaced) {
    return new NamespaceDef(name, replaced, doc, functions, properties, requirements, mixin,
        location);
  }

  @Override
  public NamespaceDef withMembers(List<FunctionDef> newFunctions, List<PropertyDef> newProperties) {
    return new NamespaceDef(name, javaName, doc, newFunctions, newProperties, requirements, mixin,
        location);
  }

  public NamespaceDef withDocAndRequirements(Doc newDoc, Requirements newRequirements) {
    return new NamespaceDef(name, javaName, newDoc, functions, properties, newRequirements, mixin,
        location);
  }
}
