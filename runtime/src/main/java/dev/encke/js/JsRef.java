package dev.encke.js;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JavaScript object that commands act on, given as a structured reference that each targeted page
 * resolves for itself, never as script text. {@code JsRef.global("dwr", "util")} stands for {@code
 * window.dwr.util}.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsRef {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final List<String> path;

  private JsRef(List<String> path) {
    this.path = path;
  }

  /**
   * A reference to a global object by its property path from {@code window}.
   *
   * @throws IllegalArgumentException when the path is empty or a segment is not a JavaScript
   *     identifier
   */
  public static JsRef global(String... path) {
    Objects.requireNonNull(path, "path == null");
    if (path.length == 0) {
      throw new IllegalArgumentException("path is empty");
    }
    for (String segment : path) {
      requireIdentifier(segment);
    }
    return new JsRef(List.of(path));
  }

  /** The property path from {@code window}. */
  public List<String> path() {
    return path;
  }

  static String requireIdentifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a JavaScript identifier: \"" + name + "\"");
    }
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsRef ref && ref.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return String.join(".", path);
  }
}
