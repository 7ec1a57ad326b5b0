package dev.encke.codegen.pass;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.SourceVersion;

/**
 * The renaming rules for JavaScript names that Java cannot take as they are. One rule, easy to
 * predict: a name that is a Java keyword or literal ({@code default}, {@code new}, {@code true})
 * or would clash with a method every proxy has ({@code toString}, {@code wait}, {@code ref}, …)
 * gets a trailing underscore: {@code default_}, {@code wait_}.
 */
final class JavaNames {

  /** Methods of {@code Object} and {@code JsObject.ref()}: generated methods must not hide them. */
  private static final Set<String> RESERVED_METHODS = Set.of(
      "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString",
      "wait", "ref");

  /** Whether {@code java.lang} has a type of each simple name asked about so far. */
  private static final Map<String, Boolean> JAVA_LANG = new ConcurrentHashMap<>();

  private JavaNames() {}

  /**
   * Whether a generated type of this simple name would shadow a type of {@code java.lang}, such
   * as {@code String} or {@code Error}, in its own package.
   */
  static boolean shadowsJavaLang(String simpleName) {
    return JAVA_LANG.computeIfAbsent(simpleName, name -> {
      try {
        Class.forName("java.lang." + name, false, ClassLoader.getPlatformClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    });
  }

  /** {@code name}, or {@code name_} when it is a keyword or literal. */
  static String safe(String name) {
    return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
  }

  /** A method name: also renamed when {@code Object} or {@code JsObject} declares it. */
  static String method(String name) {
    return RESERVED_METHODS.contains(name) ? name + "_" : safe(name);
  }

  /**
   * A parameter or field name: Closure's {@code opt_} prefix is dropped and {@code snake_case}
   * becomes {@code camelCase}, so {@code opt_duration} reads {@code duration} and {@code
   * var_args} reads {@code varArgs}.
   */
  static String variable(String name) {
    String withoutPrefix = name.startsWith("opt_") && name.length() > 4 ? name.substring(4) : name;
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : withoutPrefix.toCharArray()) {
      if (c == '_' && camel.length() > 0) {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return safe(camel.length() == 0 ? name : camel.toString());
  }

  /**
   * The name a property's accessors are built from: without leading {@code _} and {@code $}, and
   * with a trailing underscore where the getter would be {@code Object.getClass()}.
   */
  static String property(String name) {
    String stripped = stripLeading(name);
    if (stripped.isEmpty() || !Character.isJavaIdentifierStart(stripped.charAt(0))) {
      return name;
    }
    return stripped.equals("class") ? "class_" : stripped;
  }

  /** {@code name} without leading {@code _} and {@code $}, which mark internals in JavaScript. */
  static String stripLeading(String name) {
    int start = 0;
    while (start < name.length() && (name.charAt(start) == '_' || name.charAt(start) == '$')) {
      start++;
    }
    return name.substring(start);
  }
}
