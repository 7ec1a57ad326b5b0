package dev.encke.codegen;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one {@link Generator} run reads and writes. Immutable; build with {@link #builder()}.
 *
 * <p>{@code packageMapping} maps JavaScript namespace prefixes to Java packages: with {@code dwr ->
 * dev.encke.bindings.dwr}, the namespace {@code dwr.util} becomes the class {@code
 * dev.encke.bindings.dwr.Util}. The longest matching prefix wins.
 */
public final class GeneratorOptions {

  private final Path definitionsDirectory;
  private final Path outputDirectory;
  private final Map<String, String> packageMapping;

  private GeneratorOptions(Builder builder) {
    this.definitionsDirectory =
        Objects.requireNonNull(builder.definitionsDirectory, "definitionsDirectory == null");
    this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory == null");
    this.packageMapping = Map.copyOf(builder.packageMapping);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Path definitionsDirectory() {
    return definitionsDirectory;
  }

  public Path outputDirectory() {
    return outputDirectory;
  }

  public Map<String, String> packageMapping() {
    return packageMapping;
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.definitionsDirectory = definitionsDirectory;
    builder.outputDirectory = outputDirectory;
    builder.packageMapping.putAll(packageMapping);
    return builder;
  }

  /** Builds {@link GeneratorOptions}. Not thread-safe. */
  public static final class Builder {
    private Path definitionsDirectory;
    private Path outputDirectory;
    private final Map<String, String> packageMapping = new TreeMap<>();

    private Builder() {}

    public Builder definitionsDirectory(Path directory) {
      this.definitionsDirectory = directory;
      return this;
    }

    public Builder outputDirectory(Path directory) {
      this.outputDirectory = directory;
      return this;
    }

    /**
     * Maps a JavaScript namespace prefix to a Java package.
     *
     * @throws IllegalArgumentException when either side is empty
     */
    public Builder mapPackage(String jsNamespace, String javaPackage) {
      if (jsNamespace == null || jsNamespace.isBlank()) {
        throw new IllegalArgumentException("empty JavaScript namespace for \"" + javaPackage + "\"");
      }
      if (javaPackage == null || javaPackage.isBlank()) {
        throw new IllegalArgumentException("empty Java package for \"" + jsNamespace + "\"");
      }
      packageMapping.put(jsNamespace, javaPackage);
      return this;
    }

    public GeneratorOptions build() {
      return new GeneratorOptions(this);
    }
  }
}
