package dev.encke.codegen.model;

import java.util.List;

/**
 * A plain object shape: a {@code @record}, a {@code @typedef} of a record type, or a record type
 * written inline in a signature. Becomes a Java record whose components serialize to the fields.
 */
public record RecordDef(
    String name, JavaName javaName, Doc doc, List<FieldDef> fields, Location location)
    implements TypeDef {

  public RecordDef {
    fields = List.copyOf(fields);
  }

  @Override
  public RecordDef withJavaName(JavaName replaced) {
    return new RecordDef(name, replaced, doc, fields, location);
  }

  public RecordDef withFields(List<FieldDef> replaced) {
    return new RecordDef(name, javaName, doc, replaced, location);
  }

  /**
   * One field of a record.
   *
   * @param name the JavaScript name, which is also the JSON property name
   * @param javaName the Java component name
   * @param type its type; {@link JsType.Optional} or a union with {@code undefined} when it may
   *     be left out
   * @param description what it means
   */
  public record FieldDef(String name, String javaName, JsType type, String description) {

    public FieldDef withType(JsType replaced) {
      return new FieldDef(name, javaName, replaced, description);
    }

    public FieldDef withJavaName(String replaced) {
      return new FieldDef(name, replaced, type, description);
    }
  }
}
