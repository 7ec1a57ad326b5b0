package dev.encke.codegen.model;

import java.util.List;

/** A {@code @const} namespace object, such as {@code dwr.util}, and the functions assigned to it. */
public record NamespaceDef(
    String qualifiedName, String description, List<FunctionDef> functions, Location location) {

  public NamespaceDef {
    functions = List.copyOf(functions);
  }

  /** The last segment of the qualified name: {@code util} for {@code dwr.util}. */
  public String simpleName() {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  public NamespaceDef withFunctions(List<FunctionDef> replaced) {
    return new NamespaceDef(qualifiedName, description, replaced, location);
  }
}
