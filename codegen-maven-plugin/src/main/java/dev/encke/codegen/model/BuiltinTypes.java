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
   * Objects that only exist in the page. The server refers to them with a {@code JsRef}, such as
   * {@code JsRef.global("document", "body")}. {@code JsRef} itself stands for such an object where
   * a descriptor declares one.
   */
  public static final Set<String> PAGE_OBJECTS = Set.of(
      "Element", "HTMLElement", "Node", "Event", "Document", "Window", "Function", "JsRef");

  private BuiltinTypes() {}

  public static boolean isBuiltin(String name) {
    return VALUES.contains(name) || PAGE_OBJECTS.contains(name);
  }
}
