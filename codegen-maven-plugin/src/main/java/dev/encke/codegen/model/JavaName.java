package dev.encke.codegen.model;

import java.util.List;

/**
 * Where a generated type lives in Java: a package and the simple names from the top-level type
 * down to the type itself ({@code [Effect, ShakeOptions]} for a record nested in {@code Effect}).
 */
public record JavaName(String packageName, List<String> simpleNames) {

  public JavaName {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("no simple name in package " + packageName);
    }
  }

  public static JavaName of(String packageName, String simpleName) {
    return new JavaName(packageName, List.of(simpleName));
  }

  /** The name of a type nested in this one. */
  public JavaName nested(String simpleName) {
    List<String> names = new java.util.ArrayList<>(simpleNames);
    names.add(simpleName);
    return new JavaName(packageName, names);
  }

  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  public boolean isNested() {
    return simpleNames.size() > 1;
  }

  /** {@code com.acme.Effect.ShakeOptions}. */
  public String qualifiedName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
