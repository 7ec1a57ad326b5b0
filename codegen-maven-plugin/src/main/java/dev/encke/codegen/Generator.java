package dev.encke.codegen;

import com.palantir.javapoet.JavaFile;
import dev.encke.codegen.emit.NamespaceWriter;
import dev.encke.codegen.jsdoc.DefinitionReader;
import dev.encke.codegen.model.Definitions;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.pass.Passes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Generates typed Java proxies from JavaScript widget definitions: parse → model → passes → emit.
 * Runs without Maven; the Maven goal only forwards its parameters here.
 *
 * <p>A run reports every problem of its input at once and writes nothing when there is any. Output
 * is sorted and carries no timestamps, and a file whose bytes would not change is not rewritten.
 */
public final class Generator {

  private final GeneratorOptions options;

  public Generator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * Runs the generator.
   *
   * @return the generated files that were written because their content changed
   * @throws GenerationException when the definitions have problems; it lists them all
   * @throws IOException when reading or writing fails
   */
  public List<Path> run() throws GenerationException, IOException {
    Problems problems = new Problems();
    Definitions definitions = Passes.applyAll(read(problems), problems);
    problems.throwIfAny();
    List<JavaFile> files = emit(definitions, problems);
    problems.throwIfAny();
    return write(files);
  }

  private Definitions read(Problems problems) throws IOException {
    DefinitionReader reader = new DefinitionReader(problems);
    List<NamespaceDef> namespaces = new ArrayList<>();
    for (Path file : definitionFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      namespaces.addAll(reader.read(file, text));
    }
    return new Definitions(namespaces);
  }

  private List<Path> definitionFiles() throws IOException {
    Path directory = options.definitionsDirectory();
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(path -> path.toString().endsWith(".js")).sorted().toList();
    }
  }

  private List<JavaFile> emit(Definitions definitions, Problems problems) {
    List<JavaFile> files = new ArrayList<>();
    for (NamespaceDef namespace : definitions.namespaces()) {
      if (namespace.functions().isEmpty()) {
        continue;
      }
      Optional<String> javaPackage = packageFor(namespace.qualifiedName());
      if (javaPackage.isEmpty()) {
        problems.error(namespace.location().file(), namespace.location().line(),
            namespace.location().column(),
            "no packageMapping for namespace \"" + namespace.qualifiedName() + "\"");
        continue;
      }
      files.add(NamespaceWriter.emit(namespace, javaPackage.get()));
    }
    return files;
  }

  /** The Java package of the longest mapped prefix of {@code namespace}, minus its last segment. */
  private Optional<String> packageFor(String namespace) {
    String owner = namespace.contains(".")
        ? namespace.substring(0, namespace.lastIndexOf('.'))
        : namespace;
    String best = null;
    for (String prefix : options.packageMapping().keySet()) {
      boolean matches = owner.equals(prefix) || owner.startsWith(prefix + ".");
      if (matches && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String rest = owner.substring(best.length());
    return Optional.of(options.packageMapping().get(best) + rest.toLowerCase(Locale.ROOT));
  }

  private List<Path> write(List<JavaFile> files) throws IOException {
    List<Path> written = new ArrayList<>();
    for (JavaFile file : files) {
      Path target = options.outputDirectory()
          .resolve(file.packageName().replace('.', '/'))
          .resolve(file.typeSpec().name() + ".java");
      byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, content);
      written.add(target);
    }
    return written;
  }
}
