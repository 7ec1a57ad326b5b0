package dev.encke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of {@code dev.encke.core}, every public or protected type and member of the
 * packages its module exports to everyone, must equal {@code api/dev.encke.core.api}, so that a
 * change to it is a deliberate one that shows in review. To change the API on purpose, run {@code
 * ./mvnw -B -ntp -pl runtime/core test -Dtest=ApiSignatureTest -Dencke.api.update=true} and commit
 * the file with the change.
 */
class ApiSignatureTest {

  private static final Path SIGNATURE = Path.of("api", "dev.encke.core.api");

  @Test
  void thePublicApiIsTheOneRecordedInTheSignatureFile() throws Exception {
    String actual = String.join("\n", signature()) + "\n";
    if (Boolean.getBoolean("encke.api.update")) {
      Files.writeString(SIGNATURE, actual);
    }
    String recorded = Files.exists(SIGNATURE) ? Files.readString(SIGNATURE) : "";

    assertThat(actual)
        .as("the public API of dev.encke.core differs from %s. If the change is meant, run"
            + " ./mvnw -B -ntp -pl runtime/core test -Dtest=ApiSignatureTest"
            + " -Dencke.api.update=true and commit the file", SIGNATURE.toAbsolutePath())
        .isEqualTo(recorded);
  }

  private static List<String> signature() throws IOException, URISyntaxException {
    Path classes = Path.of(Encke.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> exported = exportedPackages(classes);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> types = files.map(classes::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
              && !name.endsWith("package-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
          .sorted().collect(Collectors.toList());
      for (String name : types) {
        Class<?> type = load(name);
        if (isVisible(type)) {
          lines.addAll(describe(type));
        }
      }
    }
    return lines;
  }

  private static Set<String> exportedPackages(Path classes) throws IOException {
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(export -> !export.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiSignatureTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Public, or protected inside a public type, all the way out. */
  private static boolean isVisible(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      int modifiers = t.getModifiers();
      boolean nested = t.getDeclaringClass() != null;
      if (!Modifier.isPublic(modifiers) && !(nested && Modifier.isProtected(modifiers))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> describe(Class<?> type) {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      header.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      header.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(
          interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      header.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(Class::getName).collect(Collectors.joining(", ")));
    }
    lines.add(header.toString());
    TreeSet<String> members = new TreeSet<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      add(members, constructor, constructor.toGenericString());
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!method.isBridge()) {
        add(members, method, method.toGenericString());
      }
    }
    for (Field field : type.getDeclaredFields()) {
      add(members, field, field.toGenericString());
    }
    members.forEach(member -> lines.add("  " + member));
    return lines;
  }

  private static void add(Set<String> members, Member member, String text) {
    int modifiers = member.getModifiers();
    if (!member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
      members.add(text);
    }
  }
}
