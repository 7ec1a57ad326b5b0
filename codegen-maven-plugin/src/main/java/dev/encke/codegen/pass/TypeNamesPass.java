package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.AliasDef;
import dev.encke.codegen.model.JavaName;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.TypeDef;
import dev.encke.codegen.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each type that becomes Java its package and simple name. The package comes from the
 * longest {@code packageMapping} prefix of the JavaScript owner, further segments lower-cased:
 * with {@code acme -> com.acme}, {@code acme.ui.Button} becomes {@code com.acme.ui.Button} and
 * the namespace {@code acme} itself {@code com.acme.Acme}. The simple name is the last segment
 * with leading {@code _} and {@code $} removed and the first letter upper-cased: {@code
 * dijit._WidgetBase} becomes {@code WidgetBase}; a name that would shadow a type of {@code
 * java.lang} gets the prefix {@code Js} ({@code String} becomes {@code JsString}). A name no
 * prefix maps goes to the default package, and the global declarations to its class {@code
 * Global}. Types a descriptor names keep that name.
 */
final class TypeNamesPass implements Pass {

  /** The simple name of the class of the global functions and variables. */
  static final String GLOBAL_CLASS = "Global";

  private final Map<String, String> packageMapping;
  private final String defaultPackage;

  TypeNamesPass(Map<String, String> packageMapping, String defaultPackage) {
    this.packageMapping = Map.copyOf(packageMapping);
    this.defaultPackage = defaultPackage;
  }

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> taken = new HashMap<>();
    List<TypeDef> types = new ArrayList<>();
    for (TypeDef type : model.types()) {
      TypeDef named = type.javaName() != null || !needsName(type) ? type : name(type, problems);
      if (named.javaName() != null) {
        named = unique(named, taken, problems);
      }
      types.add(named);
    }
    return new Model(types, model.descriptors());
  }

  /**
   * The type, renamed {@code Name2} when an earlier type has its Java name, compared without
   * case as file systems may: Closure's externs declare both {@code ControlRange} and {@code
   * controlRange}.
   */
  private static TypeDef unique(TypeDef type, Map<String, TypeDef> taken, Problems problems) {
    JavaName name = type.javaName();
    TypeDef other = taken.putIfAbsent(key(name), type);
    if (other == null) {
      return type;
    }
    if (type.javaName().simpleNames().size() > 1 || other.javaName().equals(name)
        && isDescribed(type)) {
      problems.error(type.location(), "\"" + type.name() + "\" and \"" + other.name()
          + "\" (" + other.location() + ") would both be " + name);
      return type;
    }
    JavaName renamed = name;
    for (int i = 2; taken.containsKey(key(renamed)); i++) {
      renamed = JavaName.of(name.packageName(), name.simpleName() + i);
    }
    taken.put(key(renamed), type);
    problems.warn(type.location(), Problem.Kind.NAME_CLASH, "\"" + type.name() + "\" and \""
        + other.name() + "\" (" + other.location() + ") would both be " + name + "; \""
        + type.name() + "\" is " + renamed);
    return type.withJavaName(renamed);
  }

  private static String key(JavaName name) {
    return name.qualifiedName().toLowerCase(Locale.ROOT);
  }

  /** Whether a descriptor named the type, so that renaming it would contradict the descriptor. */
  private static boolean isDescribed(TypeDef type) {
    return type.location().file().toString().endsWith(".java");
  }

  private static boolean needsName(TypeDef type) {
    return !(type instanceof AliasDef)
        && !(type instanceof NamespaceDef namespace && namespace.mixin());
  }

  private TypeDef name(TypeDef type, Problems problems) {
    boolean global = type instanceof NamespaceDef namespace && namespace.isGlobal();
    Optional<String> javaPackage = packageFor(type.name());
    if (javaPackage.isEmpty()) {
      problems.error(type.location(), global
          ? "no package for the global functions and variables; set the defaultPackage"
          : "no packageMapping for \"" + type.name() + "\"; map its namespace \""
              + type.name().split("\\.")[0] + "\" to a Java package or set the defaultPackage");
      return type;
    }
    return type.withJavaName(JavaName.of(javaPackage.get(),
        global ? GLOBAL_CLASS : className(type.simpleName())));
  }

  /** The Java package of the longest mapped prefix of {@code name}'s owner. */
  private Optional<String> packageFor(String name) {
    String owner = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    String best = null;
    for (String prefix : packageMapping.keySet()) {
      boolean matches = owner.equals(prefix) || owner.startsWith(prefix + ".");
      if (matches && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    if (best == null && defaultPackage == null) {
      return Optional.empty();
    }
    StringBuilder javaPackage =
        new StringBuilder(best == null ? defaultPackage : packageMapping.get(best));
    String rest = best == null ? (name.contains(".") ? "." + owner : "")
        : owner.substring(best.length());
    for (String segment : rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.")) {
      javaPackage.append('.').append(JavaNames.safe(
          JavaNames.stripLeading(segment).toLowerCase(Locale.ROOT)));
    }
    return Optional.of(javaPackage.toString());
  }

  static String className(String jsName) {
    String stripped = JavaNames.stripLeading(jsName);
    String name = Sites.capitalize(stripped.isEmpty() ? jsName : stripped);
    return JavaNames.shadowsJavaLang(name) ? "Js" + name : name;
  }
}
