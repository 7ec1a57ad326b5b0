package dev.encke.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in this JVM against the test class path (the real runtime). */
public final class TestCompiler {

  private TestCompiler() {}

  /**
   * The diagnostics other than notes of compiling every file below {@code sources} into {@code
   * classes} with {@code options} ({@code -Xlint:all}, say) added.
   */
  public static List<String> compile(Path sources, Path classes, List<String> options)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(path -> path.toString().endsWith(".java")).toList();
    }
    return compile(files, classes, options);
  }

  public static List<String> compile(List<Path> sources, Path classes, List<String> options)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Files.createDirectories(classes);
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> all = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath",
          classPath(), "-d", classes.toString()));
      all.addAll(options);
      compiler.getTask(null, files, diagnostics, all, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
    }
    List<String> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
        reported.add(diagnostic.toString());
      }
    }
    return reported;
  }

  /** Surefire runs tests from a manifest-only jar and gives the real class path here. */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
