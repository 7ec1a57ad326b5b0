package dev.encke.codegen.model;

/**
 * One parameter of a function. Until overloads are expanded its type may be {@link
 * JsType.OptionalArgument} or {@link JsType.Rest}.
 *
 * @param name the JavaScript name
 * @param javaName the Java name, a legal identifier once names are mapped
 * @param type the declared type
 * @param description the {@code @param} text
 */
public record Parameter(String name, String javaName, JsType type, String description) {

  public Parameter(String name, JsType type, String description) {
    this(name, name, type, description);
  }

  public Parameter withType(JsType replaced) {
    return new Parameter(name, javaName, replaced, description);
  }

  public Parameter withJavaName(String replaced) {
    return new Parameter(name, replaced, type, description);
  }
}
