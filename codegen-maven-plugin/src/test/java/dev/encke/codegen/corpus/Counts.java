package dev.encke.codegen.corpus;

import java.io.IOException;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many public types and public members compiled classes declare, nested types included:
 * methods, constructors and fields, without synthetic ones. Elemental2's jars are counted the
 * same way for the comparison.
 */
record Counts(int types, int members) {

  static Counts of(Path classes) throws IOException {
    List<String> names;
    try (Stream<Path> walk = Files.walk(classes)) {
      names = walk.map(path -> classes.relativize(path).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$$"))
          .map(name -> name.substring(0, name.length() - ".class".length())
              .replace('/', '.').replace('\\', '.'))
          .toList();
    }
    int types = 0;
    int members = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        Counts.class.getClassLoader())) {
      for (String name : names) {
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (!Modifier.isPublic(type.getModifiers()) || type.isAnonymousClass()) {
          continue;
        }
        types++;
        members += count(type.getDeclaredMethods()) + count(type.getDeclaredConstructors())
            + count(type.getDeclaredFields());
      }
    }
    return new Counts(types, members);
  }

  private static int count(Member[] members) {
    int count = 0;
    for (Member member : members) {
      if (Modifier.isPublic(member.getModifiers()) && !member.isSynthetic()) {
        count++;
      }
    }
    return count;
  }
}
