package dev.encke.codegen.model;

import java.util.Set;

/**
 * The JavaScript types every definition may name without declaring them. Wrapper-object names
 * ({@code String}, {@code Number}, {@code Boolean}) are read as their primitives.
 */
public final class BuiltinTypes {

  /** Values the server sends and receives as JSON. */
  public static final Set<String> VALUES = Set.of("string", "boolean", "Object", "Array");

  /**
   * Objects that only exist in the page, and the values JSON cannot carry ({@code symbol},
   * {@code bigint}). The server refers to them with a {@code JsRef}, such as {@code
   * JsRef.global("document", "body")}. {@code JsRef} itself stands for such an object where a
   * descriptor declares one. A definition that declares one of these names, as Closure's DOM
   * externs declare {@code Element}, replaces the built-in: its proxy is used instead.
   */
  public static final Set<String> PAGE_OBJECTS = Set.of(
      "Element", "HTMLElement", "Node", "Event", "Document", "Window", "Function", "JsRef",
      "symbol", "bigint", "Global");

  private BuiltinTypes() {}

  public static boolean isBuiltin(String name) {
    return VALUES.contains(name) || PAGE_OBJECTS.contains(name);
  }
}
