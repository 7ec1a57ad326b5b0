package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.ClassGrowth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code jcmd <pid> GC.class_histogram} prints (one line per class: rank, instances,
 * bytes, class name) and tells which classes grew between two histograms of the same process.
 */
final class ClassHistogram {

  private static final Pattern ROW =
      Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)(?:\\s+\\(.*\\))?\\s*$");

  private ClassHistogram() {}

  /** Instances and bytes of one class. */
  record Entry(long instances, long bytes) {}

  /** The classes of a histogram, by name. */
  static Map<String, Entry> parse(String text) {
    Map<String, Entry> classes = new HashMap<>();
    for (String line : text.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        classes.put(row.group(3),
            new Entry(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))));
      }
    }
    return classes;
  }

  /**
   * The classes that grew from {@code before} to {@code after}, most bytes first, each per one of the
   * {@code sessions} added in between.
   */
  static List<ClassGrowth> growth(Path before, Path after, int sessions) {
    Map<String, Entry> from = parse(read(before));
    Map<String, Entry> to = parse(read(after));
    List<ClassGrowth> grown = new ArrayList<>();
    for (Map.Entry<String, Entry> entry : to.entrySet()) {
      Entry was = from.getOrDefault(entry.getKey(), new Entry(0, 0));
      long bytes = entry.getValue().bytes() - was.bytes();
      if (bytes > 0) {
        grown.add(new ClassGrowth(entry.getKey(), bytes / (double) sessions,
            (entry.getValue().instances() - was.instances()) / (double) sessions));
      }
    }
    return sorted(grown);
  }

  /**
   * What {@code system} adds per session above {@code floor}, class by class, most bytes first: the
   * growth of a server on top of the same connection with nothing above it.
   */
  static List<ClassGrowth> above(List<ClassGrowth> system, List<ClassGrowth> floor) {
    Map<String, ClassGrowth> under = new HashMap<>();
    floor.forEach(growth -> under.put(growth.className(), growth));
    List<ClassGrowth> added = new ArrayList<>();
    for (ClassGrowth growth : system) {
      ClassGrowth base = under.getOrDefault(growth.className(),
          new ClassGrowth(growth.className(), 0, 0));
      double bytes = growth.bytesPerSession() - base.bytesPerSession();
      if (bytes > 0) {
        added.add(new ClassGrowth(growth.className(), bytes,
            growth.instancesPerSession() - base.instancesPerSession()));
      }
    }
    return sorted(added);
  }

  private static List<ClassGrowth> sorted(List<ClassGrowth> classes) {
    classes.sort(Comparator.comparingDouble(ClassGrowth::bytesPerSession).reversed());
    return List.copyOf(classes);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("no class histogram at " + file, e);
    }
  }
}
