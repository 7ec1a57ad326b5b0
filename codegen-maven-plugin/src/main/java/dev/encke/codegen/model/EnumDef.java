package dev.encke.codegen.model;

import java.util.List;

/**
 * An {@code @enum}: named constants of one value type. Becomes a Java enum whose constants
 * serialize to their JavaScript values.
 *
 * @param valueType the type of the values, {@code number} when the tag names none
 */
public record EnumDef(
    String name,
    JavaName javaName,
    Doc doc,
    JsType valueType,
    List<Constant> constants,
    Location location)
    implements TypeDef {

  public EnumDef {
    constants = List.copyOf(constants);
  }

  @Override
  public EnumDef withJavaName(JavaName replaced) {
    return new EnumDef(name, replaced, doc, valueType, constants, location);
  }

  public EnumDef withConstants(List<Constant> replaced) {
    return new EnumDef(name, javaName, doc, valueType, replaced, location);
  }

  /**
   * One constant.
   *
   * @param name the JavaScript key
   * @param javaName the Java constant name
   * @param value the value as a Java literal: {@code "up"}, {@code 2.0} or {@code true}
   * @param doc its documentation
   */
  public record Constant(String name, String javaName, String value, Doc doc) {

    public Constant withJavaName(String replaced) {
      return new Constant(name, replaced, value, doc);
    }
  }
}
