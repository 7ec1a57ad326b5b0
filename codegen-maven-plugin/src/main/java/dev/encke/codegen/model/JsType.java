package dev.encke.codegen.model;

/** A type expression of the Closure type grammar, as written in a definition's JSDoc. */
public sealed interface JsType {

  /** {@code *}: any value. */
  record All() implements JsType {}

  /** {@code ?} alone: a value of unknown type. */
  record Unknown() implements JsType {}

  /** {@code undefined} or {@code void}: no value. */
  record Void() implements JsType {}

  /** A type named by its (possibly qualified) name, such as {@code string} or {@code dijit.Editor}. */
  record Named(String name) implements JsType {}
}
