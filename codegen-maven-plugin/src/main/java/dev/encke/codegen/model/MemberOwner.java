package dev.encke.codegen.model;

import java.util.List;

/** A namespace or class: a type with functions and properties that a page must load first. */
public sealed interface MemberOwner extends TypeDef permits NamespaceDef, ClassDef {

  List<FunctionDef> functions();

  List<PropertyDef> properties();

  Requirements requirements();

  MemberOwner withMembers(List<FunctionDef> functions, List<PropertyDef> properties);
}
