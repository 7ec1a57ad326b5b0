package dev.encke.codegen.model;

/**
 * Something that becomes a Java type: a namespace, class or interface, record, enum, callback, or
 * (until aliases are resolved) a type alias.
 */
public sealed interface TypeDef
    permits MemberOwner, RecordDef, EnumDef, CallbackDef, AliasDef {

  /** The qualified JavaScript name, such as {@code dijit.Editor}. */
  String name();

  /** The generated type's Java name; {@code null} until the names pass assigns one. */
  JavaName javaName();

  Doc doc();

  Location location();

  TypeDef withJavaName(JavaName javaName);

  /** The last segment of the qualified name: {@code Editor} for {@code dijit.Editor}. */
  default String simpleName() {
    return name().substring(name().lastIndexOf('.') + 1);
  }
}
