package dev.encke.codegen.corpus;

import dev.encke.codegen.GenerationException;
import dev.encke.codegen.GenerationResult;
import dev.encke.codegen.Generator;
import dev.encke.codegen.GeneratorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Closure Compiler's externs, the corpus Elemental2 is generated from, unpacked and generated
 * once per JVM: the tests that read it share one run, as generating and compiling it is the
 * slowest part of the module's build. The zip's path comes from the system property {@value
 * #PROPERTY}, which {@code scripts/test} sets; {@link #location()} says what is missing when it
 * is not there.
 */
final class ClosureExterns {

  static final String PROPERTY = "encke.closure.externs";
  static final String PACKAGE = "org.example.web";

  private static ClosureExterns shared;

  final Path definitions;
  final Path output;
  final int fileCount;
  final GenerationResult result;
  final GenerationException failure;

  private ClosureExterns(Path work, Path zip) throws IOException {
    definitions = Files.createDirectories(work.resolve("externs"));
    output = work.resolve("java");
    fileCount = unzip(zip, definitions);
    GeneratorOptions options = GeneratorOptions.builder()
        .definitionsDirectory(definitions)
        .outputDirectory(output)
        .stateFile(work.resolve("state"))
        .defaultPackage(PACKAGE)
        .integerEntities(integerEntities())
        .build();
    GenerationResult generated = null;
    GenerationException problems = null;
    try {
      generated = new Generator(options).run();
    } catch (GenerationException e) {
      problems = e;
    }
    result = generated;
    failure = problems;
  }

  /** The zip named by {@value #PROPERTY}, or null when the property is unset or names nothing. */
  static Path location() {
    String property = System.getProperty(PROPERTY);
    if (property == null || property.isBlank()) {
      return null;
    }
    Path zip = Path.of(property);
    return Files.isRegularFile(zip) ? zip : null;
  }

  /** The corpus generated into a folder of its own, the first call doing the work. */
  static synchronized ClosureExterns generated() throws IOException {
    if (shared == null) {
      Path work = Files.createTempDirectory(Path.of("target"), "closure-externs");
      shared = new ClosureExterns(work, Objects.requireNonNull(location(), PROPERTY));
    }
    return shared;
  }

  /** The integer numbers of the golden types, in the test resource {@code integer-entities}. */
  static List<String> integerEntities() throws IOException {
    try (InputStream in = ClosureExterns.class.getResourceAsStream("integer-entities.txt")) {
      String text = new String(Objects.requireNonNull(in, "integer-entities.txt").readAllBytes(),
          StandardCharsets.UTF_8);
      return text.lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }

  private static int unzip(Path zip, Path into) throws IOException {
    int files = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("zip entry outside the folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
          files++;
        }
      }
    }
    return files;
  }

  /** Every generated source file. */
  List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (var walk = Files.walk(output)) {
      walk.filter(path -> path.toString().endsWith(".java")).forEach(sources::add);
    }
    return sources;
  }
}
