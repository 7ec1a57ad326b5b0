package dev.encke.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the previous run wrote, from its state file: the fingerprint of its inputs and the files it
 * generated. Lets a run skip all work when nothing changed, write only files whose bytes change,
 * and remove files no input generates any more.
 *
 * <p>A file is named by a key: {@code java:} and its path below the sources folder, or {@code
 * res:} and its path below the resources folder (library manifests), with {@code /} separators.
 *
 * @param fingerprint the previous run's fingerprint
 * @param files the keys of the files it generated
 */
record OutputState(String fingerprint, List<String> files) {

  private static final String HEADER = "encke-codegen state 2";
  static final String SOURCE = "java:";
  static final String RESOURCE = "res:";

  OutputState {
    files = List.copyOf(files);
  }

  /** The folders generated files go to. The resources folder is null when none is written. */
  record Roots(Path sources, Path resources) {

    Path resolve(String key) {
      return key.startsWith(RESOURCE)
          ? resources.resolve(key.substring(RESOURCE.length()))
          : sources.resolve(key.substring(SOURCE.length()));
    }

    Path rootOf(String key) {
      return key.startsWith(RESOURCE) ? resources : sources;
    }
  }

  /** The previous run's state, if its file exists and reads as one. */
  static Optional<OutputState> read(Path stateFile) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 2 || !lines.get(0).equals(HEADER)
        || !lines.get(1).startsWith("fingerprint ")) {
      return Optional.empty();
    }
    return Optional.of(new OutputState(lines.get(1).substring("fingerprint ".length()),
        lines.subList(2, lines.size())));
  }

  /** Whether the previous run had this fingerprint and all of its files are still there. */
  boolean isCurrent(String currentFingerprint, Roots roots) {
    return fingerprint.equals(currentFingerprint)
        && files.stream().allMatch(file -> Files.isRegularFile(roots.resolve(file)));
  }

  /**
   * Writes {@code contents} (key to bytes) below their roots, skipping files whose bytes are
   * unchanged, and deletes the files of {@code previous} not among them.
   *
   * @return the files written
   */
  static List<Path> apply(Map<String, byte[]> contents, Optional<OutputState> previous,
      Roots roots) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : contents.entrySet()) {
      Path target = roots.resolve(entry.getKey());
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target),
          entry.getValue())) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, entry.getValue());
      written.add(target);
    }
    for (String stale : previous.map(OutputState::files).orElse(List.of())) {
      if (!contents.containsKey(stale) && roots.rootOf(stale) != null) {
        Path file = roots.resolve(stale);
        Files.deleteIfExists(file);
        deleteEmptyParents(file.getParent(), roots.rootOf(stale));
      }
    }
    return written;
  }

  private static void deleteEmptyParents(Path directory, Path root) throws IOException {
    Path current = directory;
    while (current != null && current.startsWith(root) && !current.equals(root)) {
      try {
        Files.deleteIfExists(current);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
      current = current.getParent();
    }
  }

  void write(Path stateFile) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add("fingerprint " + fingerprint);
    lines.addAll(files);
    Files.createDirectories(stateFile.toAbsolutePath().getParent());
    Files.write(stateFile, lines, StandardCharsets.UTF_8);
  }
}
