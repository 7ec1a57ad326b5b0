package dev.encke.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
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

/**
 * Writes the Java files of a model: one per top-level type, with the types named inline in its
 * signatures nested inside. Stateless; the order of the files and of nested types is sorted.
 */
public final class Writers {

  private Writers() {}

  public static List<JavaFile> emit(Model model) {
    JavaTypes types = new JavaTypes(model);
    // Each type is written on its own; on large inputs that is worth spreading over cores.
    List<Map.Entry<JavaName, TypeSpec.Builder>> written = model.types().parallelStream()
        .map(type -> {
          TypeSpec.Builder builder = write(type, types);
          return builder == null ? null : Map.entry(type.javaName(), builder);
        })
        .filter(Objects::nonNull)
        .toList();
    Map<JavaName, TypeSpec.Builder> builders = new LinkedHashMap<>();
    written.forEach(entry -> builders.put(entry.getKey(), entry.getValue()));
    List<JavaName> deepestFirst = new ArrayList<>(builders.keySet());
    deepestFirst.sort(Comparator.comparing((JavaName name) -> -name.simpleNames().size())
        .thenComparing(JavaName::qualifiedName));
    List<JavaFile> files = new ArrayList<>();
    for (JavaName name : deepestFirst) {
      TypeSpec spec = builders.get(name).build();
      if (!name.isNested()) {
        files.add(JavaFile.builder(name.packageName(), spec)
            .skipJavaLangImports(true)
            .indent("  ")
            .build());
        continue;
      }
      JavaName parent = new JavaName(name.packageName(),
          name.simpleNames().subList(0, name.simpleNames().size() - 1));
      TypeSpec.Builder enclosing = builders.get(parent);
      if (enclosing != null) {
        enclosing.addType(spec);
      }
    }
    files.sort(Comparator.comparing(file -> file.packageName() + "." + file.typeSpec().name()));
    return files;
  }

  /** The type's builder, or null when it gets no Java type of its own. */
  private static TypeSpec.Builder write(TypeDef type, JavaTypes types) {
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
