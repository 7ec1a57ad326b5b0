package dev.encke.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files one run reads, with their content, and the fingerprint of everything the output
 * depends on: the inputs, the options and the generator itself.
 *
 * @param definitions the {@code *.js} files, sorted by path
 * @param descriptors the {@code *.java} files, sorted by path
 */
record Inputs(List<Input> definitions, List<Input> descriptors) {

  /** One input file and its bytes. */
  record Input(Path file, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  static Inputs read(GeneratorOptions options) throws IOException {
    return new Inputs(files(options.definitionsDirectory(), ".js"),
        files(options.descriptorsDirectory(), ".java"));
  }

  private static List<Input> files(Path directory, String suffix) throws IOException {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(directory)) {
      paths = walk.filter(path -> path.getFileName().toString().endsWith(suffix))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      inputs.add(new Input(path, Files.readAllBytes(path)));
    }
    return inputs;
  }

  /** A SHA-256 over the generator's identity, the options and every input's path and bytes. */
  String fingerprint(GeneratorOptions options) {
    MessageDigest digest = sha256();
    update(digest, generatorIdentity());
    update(digest, absolute(options.definitionsDirectory()));
    update(digest, absolute(options.descriptorsDirectory()));
    update(digest, absolute(options.outputDirectory()));
    update(digest, absolute(options.resourcesDirectory()));
    for (Map.Entry<String, String> mapping : new TreeMap<>(options.packageMapping()).entrySet()) {
      update(digest, mapping.getKey() + "=" + mapping.getValue());
    }
    update(digest, "default " + options.defaultPackage());
    update(digest, "strict " + options.strict());
    update(digest, "integers " + new TreeSet<>(options.integerEntities()));
    for (List<Input> group : List.of(definitions, descriptors)) {
      update(digest, "files " + group.size());
      for (Input input : group) {
        update(digest, input.file().toString());
        update(digest, String.valueOf(input.content().length));
        digest.update(input.content());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The folder's absolute path; empty for an optional folder that is not set. */
  private static String absolute(Path folder) {
    return folder == null ? "" : folder.toAbsolutePath().toString();
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The generator's version and, as snapshot builds of the same version differ, the size and time
   * of the jar it runs from.
   */
  static String generatorIdentity() {
    Properties properties = new Properties();
    try (InputStream in = Inputs.class.getResourceAsStream("generator.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the generator's version", e);
    }
    String identity = properties.getProperty("version", "unknown");
    CodeSource code = Inputs.class.getProtectionDomain().getCodeSource();
    if (code == null) {
      return identity;
    }
    try {
      Path jar = Path.of(code.getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        identity += " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      // A code source that is not a readable file: the version alone identifies the generator.
    }
    return identity;
  }
}
