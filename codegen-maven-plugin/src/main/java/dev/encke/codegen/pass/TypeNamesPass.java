package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.AliasDef;
import dev.encke.codegen.model.JavaName;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.TypeDef;
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
 * dijit._WidgetBase} becomes {@code WidgetBase}. Types a descriptor names keep that name.
 */
final class TypeNamesPass implements Pass {

  private final Map<String, String> packageMapping;

  TypeNamesPass(Map<String, String> packageMapping) {
    this.packageMapping = Map.copyOf(packageMapping);
  }

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> taken = new HashMap<>();
    List<TypeDef> types = model.types().stream()
        .map(type -> type.javaName() != null || !needsName(type) ? type : name(type, problems))
        .toList();
    for (TypeDef type : types) {
      if (type.javaName() != null) {
        TypeDef other = taken.putIfAbsent(type.javaName().qualifiedName(), type);
        if (other != null) {
          problems.error(type.location(), "\"" + type.name() + "\" and \"" + other.name()
              + "\" (" + other.location() + ") would both be " + type.javaName());
        }
      }
    }
    return new Model(types, model.descriptors());
  }

  private static boolean needsName(TypeDef type) {
    return !(type instanceof AliasDef)
        && !(type instanceof NamespaceDef namespace && namespace.mixin());
  }

  private TypeDef name(TypeDef type, Problems problems) {
    Optional<String> javaPackage = packageFor(type.name());
    if (javaPackage.isEmpty()) {
      problems.error(type.location(), "no packageMapping for \"" + type.name()
          + "\"; map its namespace \"" + type.name().split("\\.")[0] + "\" to a Java package");
      return type;
    }
    return type.withJavaName(JavaName.of(javaPackage.get(), className(type.simpleName())));
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
    if (best == null) {
      return Optional.empty();
    }
    StringBuilder javaPackage = new StringBuilder(packageMapping.get(best));
    String rest = owner.substring(best.length());
    for (String segment : rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.")) {
      javaPackage.append('.').append(JavaNames.safe(
          JavaNames.stripLeading(segment).toLowerCase(Locale.ROOT)));
    }
    return Optional.of(javaPackage.toString());
  }

  static String className(String jsName) {
    String stripped = JavaNames.stripLeading(jsName);
    return Sites.capitalize(stripped.isEmpty() ? jsName : stripped);
  }
}
