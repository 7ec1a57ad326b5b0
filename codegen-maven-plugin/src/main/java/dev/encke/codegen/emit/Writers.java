package dev.encke.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.EnumDef;
import dev.encke.codegen.model.JavaName;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.RecordDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes the Java files of a model: one per top-level type, with the types named inline in its
 * signatures nested inside. Stateless; the order of the files and of nested types is sorted. A
 * type whose writing fails is reported at its definition and left out.
 */
public final class Writers {

  private Writers() {}

  /** The source of each top-level type, by its path below the sources folder, sorted. */
  public static Map<String, String> emit(Model model, Problems problems) {
    JavaTypes types = new JavaTypes(model);
    Map<JavaName, TypeDef> definitions = new LinkedHashMap<>();
    // Each type is written on its own; on large inputs that is worth spreading over cores.
    List<Map.Entry<JavaName, TypeSpec.Builder>> written = model.types().parallelStream()
        .map(type -> {
          TypeSpec.Builder builder = guarded(type, types, problems);
          return builder == null ? null : Map.entry(type.javaName(), builder);
        })
        .filter(Objects::nonNull)
        .toList();
    model.types().forEach(type -> definitions.putIfAbsent(type.javaName(), type));
    Map<JavaName, TypeSpec.Builder> builders = new LinkedHashMap<>();
    written.forEach(entry -> builders.put(entry.getKey(), entry.getValue()));
    List<JavaName> deepestFirst = new ArrayList<>(builders.keySet());
    deepestFirst.sort(Comparator.comparing((JavaName name) -> -name.simpleNames().size())
        .thenComparing(JavaName::qualifiedName));
    List<Map.Entry<JavaName, JavaFile>> files = new ArrayList<>();
    for (JavaName name : deepestFirst) {
      TypeSpec spec;
      try {
        spec = builders.get(name).build();
      } catch (RuntimeException e) {
        problems.internal(definitions.get(name).location(), "the Java type " + name, e);
        continue;
      }
      if (!name.isNested()) {
        files.add(Map.entry(name, JavaFile.builder(name.packageName(), spec)
            .skipJavaLangImports(true)
            .indent("  ")
            .build()));
        continue;
      }
      JavaName parent = new JavaName(name.packageName(),
          name.simpleNames().subList(0, name.simpleNames().size() - 1));
      TypeSpec.Builder enclosing = builders.get(parent);
      if (enclosing != null) {
        enclosing.addType(spec);
      }
    }
    Map<String, String> sources = new TreeMap<>();
    files.parallelStream()
        .map(file -> render(file.getValue(), definitions.get(file.getKey()), problems))
        .filter(Objects::nonNull)
        .toList()
        .forEach(source -> sources.put(source.getKey(), source.getValue()));
    return sources;
  }

  private static Map.Entry<String, String> render(
      JavaFile file, TypeDef definition, Problems problems) {
    try {
      String directory = file.packageName().replace('.', '/');
      return Map.entry((directory.isEmpty() ? "" : directory + "/") + file.typeSpec().name()
          + ".java", file.toString());
    } catch (RuntimeException e) {
      problems.internal(definition.location(), "the Java file of " + definition.name(), e);
      return null;
    }
  }

  private static TypeSpec.Builder guarded(TypeDef type, JavaTypes types, Problems problems) {
    try {
      return write(type, types);
    } catch (RuntimeException e) {
      problems.internal(type.location(), "\"" + type.name() + "\"", e);
      return null;
    }
  }

  /**
   * The type's builder, or null when it gets no Java type of its own. A type nested in an
   * interface says {@code static}, as JavaPoet wants its modifiers written out there.
   */
  private static TypeSpec.Builder write(TypeDef type, JavaTypes types) {
    TypeSpec.Builder builder = writeType(type, types);
    boolean staticAlready = type instanceof NamespaceDef
        || type instanceof ClassDef classDef && !classDef.isInterface();
    if (builder != null && types.isNestedInInterface(type.javaName()) && !staticAlready) {
      builder.addModifiers(Modifier.STATIC);
    }
    return builder;
  }

  private static TypeSpec.Builder writeType(TypeDef type, JavaTypes types) {
    if (type.javaName() == null) {
      return null;
    }
    if (type instanceof NamespaceDef namespace) {
      boolean empty = namespace.functions().isEmpty() && namespace.properties().isEmpty();
      return namespace.mixin() || empty ? null : NamespaceWriter.write(namespace, types);
    }
    if (type instanceof ClassDef classDef) {
      return ClassWriter.write(classDef, types);
    }
    if (type instanceof RecordDef record) {
      return RecordWriter.write(record, types);
    }
    if (type instanceof EnumDef enumDef) {
      return EnumWriter.write(enumDef, types);
    }
    if (type instanceof CallbackDef callback) {
      return CallbackWriter.write(callback, types);
    }
    return null;
  }
}
