package dev.encke.codegen.model;

/**
 * A property of a namespace or class, declared with {@code @type} (or {@code @const {T}} when it
 * cannot be assigned). Becomes a getter, and a setter unless read-only.
 *
 * @param name the JavaScript name, used on the wire
 * @param javaName the name the accessors are built from: {@code value} gives {@code getValue}
 * @param isStatic whether it belongs to the namespace or constructor rather than an instance
 * @param readOnly whether it only gets a getter
 * @param type its type
 * @param doc its documentation
 * @param location where it was declared
 * @param constant for a static {@code @const} assigned a literal, such as {@code
 *     jsx3.gui.Form.STATEDISABLED = 0}, the literal's value as an {@code Integer}, {@code Long},
 *     {@code Double}, {@code String} or {@code Boolean}; it becomes a Java constant. Otherwise
 *     {@code null}
 */
public record PropertyDef(
    String name,
    String javaName,
    boolean isStatic,
    boolean readOnly,
    JsType type,
    Doc doc,
    Location location,
    Object constant) {

  /** A property whose value the page holds. */
  public PropertyDef(String name, String javaName, boolean isStatic, boolean readOnly, JsType type,
      Doc doc, Location location) {
    this(name, javaName, isStatic, readOnly, type, doc, location, null);
  }

  /** Whether the property becomes a Java constant rather than accessors. */
  public boolean isConstant() {
    return constant != null;
  }

  /** {@code getValue} for {@code value}; {@code isDisabled} for a boolean {@code disabled}. */
  public String getterName() {
    JsType bare = type instanceof JsType.NonNull nonNull ? nonNull.type() : type;
    boolean isBoolean = bare instanceof JsType.Named named && named.name().equals("boolean");
    return (isBoolean ? "is" : "get") + capitalizedName();
  }

  /** {@code setValue} for {@code value}. */
  public String setterName() {
    return "set" + capitalizedName();
  }

  private String capitalizedName() {
    return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }

  public PropertyDef withJavaName(String replaced) {
    return new PropertyDef(name, replaced, isStatic, readOnly, type, doc, location, constant);
  }

  public PropertyDef withType(JsType replaced) {
    return new PropertyDef(name, javaName, isStatic, readOnly, replaced, doc, location, constant);
  }
}
