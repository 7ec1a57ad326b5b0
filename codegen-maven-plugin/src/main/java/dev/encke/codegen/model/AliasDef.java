package dev.encke.codegen.model;

/**
 * A {@code @typedef} that only names another type, such as {@code @typedef {(string|number)}
 * acme.Size}. The alias pass replaces every use by the type itself.
 */
public record AliasDef(String name, JsType type, Doc doc, Location location) implements TypeDef {

  @Override
  public JavaName javaName() {
    return null;
  }

  @Override
  public AliasDef withJavaName(JavaName javaName) {
    return this;
  }
}
