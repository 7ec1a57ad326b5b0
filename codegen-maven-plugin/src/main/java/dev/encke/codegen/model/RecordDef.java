package dev.encke.codegen.model;

import java.util.List;

/**
 * A plain object shape: a {@code @record} of fields only, a {@code @typedef} of a record type, or
 * a record type written inline in a signature. Becomes a Java record whose components serialize
 * to the fields.
 *
 * @param templates the names of its {@code @template} types, or of the templates in scope where
 *     it was written inline
 */
public record RecordDef(
    String name, JavaName javaName, Doc doc, List<String> templates, List<FieldDef> fields,
    Location location)
    implements TypeDef {

  public RecordDef {
    templates = List.copyOf(templates);
    fields = List.copyOf(fields);
  }

  @Override
  public RecordDef withJavaName(JavaName replaced) {
    return new RecordDef(name, replaced, doc, templates, fields, location);
  }

  public RecordDef withFields(List<FieldDef> replaced) {
    return new RecordDef(name, javaName, doc, templates, replaced, location);
  }

  /**
   * One field of a record.
   *
   * @param name the JavaScript name, which is also the JSON property name
   * @param javaName the Java component name
   * @param type its type; {@link JsType.OptionalArgument} or a union with {@code undefined} when it may
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
