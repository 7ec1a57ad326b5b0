package dev.encke.codegen.model;

/** The Java type a JavaScript {@code number} becomes. */
public enum NumberKind {
  /** {@code int}. */
  INT,
  /** {@code long}. */
  LONG,
  /** {@code double}: what definitions get, as JavaScript numbers are doubles. */
  DOUBLE
}
