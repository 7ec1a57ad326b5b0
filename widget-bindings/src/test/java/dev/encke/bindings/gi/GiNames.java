package dev.encke.bindings.gi;

/**
 * The GI class a generated proxy stands for, from its Java name: the package mapping {@code jsx3 →
 * dev.encke.bindings.gi} backwards, so {@code dev.encke.bindings.gi.gui.Button} is {@code
 * jsx3.gui.Button}.
 */
final class GiNames {

  static final String JAVA_PACKAGE = "dev.encke.bindings.gi";

  private GiNames() {}

  static String of(Class<?> type) {
    String name = type.getName();
    if (!name.startsWith(JAVA_PACKAGE + ".")) {
      throw new IllegalArgumentException("not a GI proxy: " + name);
    }
    return "jsx3" + name.substring(JAVA_PACKAGE.length());
  }
}
