package dev.encke.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the generator over a large synthetic definition set: {@value #CLASSES} classes of {@value
 * #MEMBERS_PER_CLASS} members each, in inheritance chains {@value #DEPTH} deep, spread over {@value
 * #FILES} files. Not a test: timing claims
 * live in benchmarks. Run it with {@code scripts/bench-codegen}.
 *
 * <p>"Cold" is a full generation into an empty folder, the first one in a fresh JVM; "warm cold"
 * repeats it once the JVM has compiled the generator; "no-op" is a run with nothing changed.
 *
 * <p>Given the path of Closure's {@code externs.zip}, it times the 127 files of that corpus the
 * same way, first, in the fresh JVM: a full run in a warm JVM is what a Maven build makes after
 * its first module.
 */
public final class GenerationBenchmark {

  static final int CLASSES = 500;
  static final int MEMBERS_PER_CLASS = 10;
  static final int FILES = 50;
  /** Classes form chains of this many, each extending the one before, as widget libraries do. */
  static final int DEPTH = 5;
  private static final int REPEATS = 5;

  private GenerationBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      corpus(Path.of(args[0]));
    }
    Path work = Files.createTempDirectory("encke-bench");
    try {
      Path definitions = Files.createDirectories(work.resolve("widgets"));
      writeDefinitions(definitions);
      GeneratorOptions options = GeneratorOptions.builder()
          .definitionsDirectory(definitions)
          .outputDirectory(work.resolve("java"))
          .stateFile(work.resolve("state"))
          .mapPackage("bench", "com.example.bench")
          .build();
      System.out.printf("%d classes, %d members, %d files%n", CLASSES,
          CLASSES * MEMBERS_PER_CLASS, FILES);
      long cpuBefore = processCpuMillis();
      report("cold (first run in this JVM)", List.of(time(options, work, true)));
      System.out.printf("%-30s %5d ms of CPU in all threads, JIT compilation included%n", "",
          processCpuMillis() - cpuBefore);
      List<Long> warm = new ArrayList<>();
      List<Long> noOp = new ArrayList<>();
      for (int i = 0; i < REPEATS; i++) {
        warm.add(time(options, work, true));
        noOp.add(time(options, work, false));
      }
      report("cold (warm JVM)", warm);
      report("no-op", noOp);
    } finally {
      delete(work);
    }
  }

  /** Times Closure's externs: cold in this JVM, full runs once warm, and no-op runs. */
  private static void corpus(Path zip) throws Exception {
    Path work = Files.createTempDirectory("encke-bench-externs");
    try {
      Path definitions = Files.createDirectories(work.resolve("externs"));
      try (java.util.zip.ZipInputStream in =
          new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
        for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          Path target = definitions.resolve(entry.getName()).normalize();
          if (entry.isDirectory() || !target.startsWith(definitions)) {
            continue;
          }
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
      GeneratorOptions options = GeneratorOptions.builder()
          .definitionsDirectory(definitions)
          .outputDirectory(work.resolve("java"))
          .stateFile(work.resolve("state"))
          .defaultPackage("org.example.web")
          .build();
      System.out.println("Closure externs (" + zip + ")");
      report("cold (first run in this JVM)", List.of(timeCorpus(options, work, true)));
      List<Long> warm = new ArrayList<>();
      List<Long> noOp = new ArrayList<>();
      for (int i = 0; i < REPEATS; i++) {
        warm.add(timeCorpus(options, work, true));
        noOp.add(timeCorpus(options, work, false));
      }
      report("full run (warm JVM)", warm);
      report("no-op (unchanged rebuild)", noOp);
      System.out.println();
    } finally {
      delete(work);
    }
  }

  private static long timeCorpus(GeneratorOptions options, Path work, boolean fromScratch)
      throws Exception {
    if (fromScratch) {
      delete(work.resolve("java"));
      Files.deleteIfExists(work.resolve("state"));
    }
    long start = System.nanoTime();
    int written = new Generator(options).run().written().size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (fromScratch == (written == 0)) {
      throw new IllegalStateException("unexpected number of files written: " + written);
    }
    return millis;
  }

  /** Milliseconds of one run; {@code fromScratch} deletes the output and state first. */
  private static long time(GeneratorOptions options, Path work, boolean fromScratch)
      throws Exception {
    if (fromScratch) {
      delete(work.resolve("java"));
      Files.deleteIfExists(work.resolve("state"));
    }
    long start = System.nanoTime();
    int written = new Generator(options).run().written().size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (fromScratch != (written == CLASSES + 1)) {
      throw new IllegalStateException("unexpected number of files written: " + written);
    }
    return millis;
  }

  /** CPU time of the whole process, which other loads on the machine do not inflate. */
  private static long processCpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
  }

  private static void report(String what, List<Long> millis) {
    long best = millis.stream().mapToLong(Long::longValue).min().orElseThrow();
    long worst = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
    System.out.printf("%-30s best %5d ms, worst %5d ms over %d run(s)%n", what, best, worst,
        millis.size());
  }

  private static void writeDefinitions(Path directory) throws IOException {
    for (int file = 0; file < FILES; file++) {
      StringBuilder text = new StringBuilder();
      if (file == 0) {
        text.append("/** @const */\nvar bench = {};\n\n");
        text.append("/** @typedef {{width: number, label: (string|undefined)}} */\n")
            .append("bench.Size;\n\n");
      }
      for (int c = file; c < CLASSES; c += FILES) {
        appendClass(text, c);
      }
      Files.writeString(directory.resolve("file" + file + ".js"), text, StandardCharsets.UTF_8);
    }
  }

  /** A class with a mix of what definitions contain: plain, optional, union and fluent members. */
  private static void appendClass(StringBuilder text, int index) {
    String name = "bench.Widget" + index;
    text.append("/**\n * Widget number ").append(index).append(".\n * @param {string} id the id\n")
        .append(" * @constructor\n");
    if (index % DEPTH != 0) {
      text.append(" * @extends {bench.Widget").append(index - 1).append("}\n");
    }
    text.append(" */\n").append(name).append(" = function (id) {};\n\n");
    for (int m = 0; m < MEMBERS_PER_CLASS; m++) {
      String member = name + ".prototype.member" + index + "x" + m;
      switch (m % 5) {
        case 0 -> text.append("/** @type {number} */\n").append(member).append(";\n\n");
        case 1 -> text.append("/**\n * Sets it.\n * @param {string} value the value\n")
            .append(" * @param {number=} opt_delay in ms\n * @chainable\n */\n")
            .append(member).append(" = function (value, opt_delay) {};\n\n");
        case 2 -> text.append("/**\n * @param {(string|!Element)} target where\n")
            .append(" * @param {bench.Size} size how big\n */\n")
            .append(member).append(" = function (target, size) {};\n\n");
        case 3 -> text.append("/**\n * @param {function(string)} listener called\n */\n")
            .append(member).append(" = function (listener) {};\n\n");
        default -> text.append("/**\n * @return {!Array<string>} the names\n */\n")
            .append(member).append(" = function () {};\n\n");
      }
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
