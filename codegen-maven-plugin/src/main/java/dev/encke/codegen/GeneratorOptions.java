package dev.encke.codegen;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * What one {@link Generator} run reads and writes. Immutable; build with {@link #builder()}.
 *
 * <p>{@code packageMapping} maps JavaScript namespace prefixes to Java packages: with {@code dwr ->
 * dev.encke.bindings.dwr}, the namespace {@code dwr.util} becomes the class {@code
 * dev.encke.bindings.dwr.Util}. The longest matching prefix wins. A name no prefix matches goes to
 * the {@code defaultPackage}, and so do the global functions and variables, as static members of
 * its class {@code Global}.
 *
 * <p>{@code integerEntities} name the numbers that are integers, which JavaScript cannot say:
 * {@code Array.prototype.length} (a property), {@code Array.prototype.indexOf} (a function's
 * result), {@code Array.prototype.indexOf.fromIndex} (a parameter); each becomes {@code int}.
 *
 * <p>{@code strict} turns every warning (a declaration skipped, a type approximated) into a
 * failure of the run.
 */
public final class GeneratorOptions {

  private final Path definitionsDirectory;
  private final Path descriptorsDirectory;
  private final Path outputDirectory;
  private final Path resourcesDirectory;
  private final Path stateFile;
  private final Map<String, String> packageMapping;
  private final String defaultPackage;
  private final Set<String> integerEntities;
  private final boolean strict;

  private GeneratorOptions(Builder builder) {
    this.definitionsDirectory =
        Objects.requireNonNull(builder.definitionsDirectory, "definitionsDirectory == null");
    this.outputDirectory =
        Objects.requireNonNull(builder.outputDirectory, "outputDirectory == null");
    this.descriptorsDirectory = builder.descriptorsDirectory;
    this.resourcesDirectory = builder.resourcesDirectory;
    this.stateFile = builder.stateFile != null
        ? builder.stateFile
        : outputDirectory.resolveSibling(outputDirectory.getFileName() + ".state");
    this.packageMapping = Map.copyOf(builder.packageMapping);
    this.defaultPackage = builder.defaultPackage;
    this.integerEntities = Set.copyOf(builder.integerEntities);
    this.strict = builder.strict;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The folder of JavaScript definitions ({@code *.js}, searched recursively). */
  public Path definitionsDirectory() {
    return definitionsDirectory;
  }

  /** The folder of binding descriptors ({@code *.java}, searched recursively), or null. */
  public Path descriptorsDirectory() {
    return descriptorsDirectory;
  }

  /** Where Java sources are written. */
  public Path outputDirectory() {
    return outputDirectory;
  }

  /**
   * Where library manifests are written ({@code META-INF/resources/encke/libraries/<name>.json}
   * below it), or null to write none. The Maven goal adds it as a resource folder.
   */
  public Path resourcesDirectory() {
    return resourcesDirectory;
  }

  /**
   * Where the generator remembers what it read and wrote, so that an unchanged run does nothing
   * and files of deleted inputs are removed. Defaults to {@code <outputDirectory>.state} beside
   * the output folder, outside any source root.
   */
  public Path stateFile() {
    return stateFile;
  }

  public Map<String, String> packageMapping() {
    return packageMapping;
  }

  /** The Java package of names no {@code packageMapping} prefix matches, or null for none. */
  public String defaultPackage() {
    return defaultPackage;
  }

  /** The JavaScript numbers that become {@code int}, by qualified name. */
  public Set<String> integerEntities() {
    return integerEntities;
  }

  /** Whether a warning fails the run. */
  public boolean strict() {
    return strict;
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.definitionsDirectory = definitionsDirectory;
    builder.descriptorsDirectory = descriptorsDirectory;
    builder.outputDirectory = outputDirectory;
    builder.resourcesDirectory = resourcesDirectory;
    builder.stateFile = stateFile;
    builder.packageMapping.putAll(packageMapping);
    builder.defaultPackage = defaultPackage;
    builder.integerEntities.addAll(integerEntities);
    builder.strict = strict;
    return builder;
  }

  /** Builds {@link GeneratorOptions}. Not thread-safe. */
  public static final class Builder {
    private Path definitionsDirectory;
    private Path descriptorsDirectory;
    private Path outputDirectory;
    private Path resourcesDirectory;
    private Path stateFile;
    private final Map<String, String> packageMapping = new TreeMap<>();
    private String defaultPackage;
    private final Set<String> integerEntities = new TreeSet<>();
    private boolean strict;

    private Builder() {}

    public Builder definitionsDirectory(Path directory) {
      this.definitionsDirectory = directory;
      return this;
    }

    public Builder descriptorsDirectory(Path directory) {
      this.descriptorsDirectory = directory;
      return this;
    }

    public Builder outputDirectory(Path directory) {
      this.outputDirectory = directory;
      return this;
    }

    public Builder resourcesDirectory(Path directory) {
      this.resourcesDirectory = directory;
      return this;
    }

    public Builder stateFile(Path file) {
      this.stateFile = file;
      return this;
    }

    /**
     * Maps a JavaScript namespace prefix to a Java package.
     *
     * @throws IllegalArgumentException when either side is empty or the package is not a valid
     *     Java package name
     */
    public Builder mapPackage(String jsNamespace, String javaPackage) {
      if (jsNamespace == null || jsNamespace.isBlank()) {
        throw new IllegalArgumentException(
            "empty JavaScript namespace for \"" + javaPackage + "\"");
      }
      if (javaPackage == null || !SourceVersion.isName(javaPackage)) {
        throw new IllegalArgumentException(
            "not a Java package name: \"" + javaPackage + "\" for \"" + jsNamespace + "\"");
      }
      packageMapping.put(jsNamespace, javaPackage);
      return this;
    }

    /**
     * The package of names no mapping matches, and of the class {@code Global} of the global
     * functions and variables; null for none, so that such names are errors.
     *
     * @throws IllegalArgumentException when it is not a valid Java package name
     */
    public Builder defaultPackage(String javaPackage) {
      if (javaPackage != null && !SourceVersion.isName(javaPackage)) {
        throw new IllegalArgumentException(
            "not a Java package name: \"" + javaPackage + "\" for the default package");
      }
      this.defaultPackage = javaPackage;
      return this;
    }

    /**
     * Adds numbers that become {@code int}: properties, function results and parameters by
     * qualified JavaScript name, such as {@code Array.prototype.indexOf.fromIndex}.
     */
    public Builder integerEntities(Collection<String> names) {
      for (String name : names) {
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException("empty integer entity in " + names);
        }
        integerEntities.add(name.strip());
      }
      return this;
    }

    /** Whether warnings fail the run; false unless set. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    public GeneratorOptions build() {
      return new GeneratorOptions(this);
    }
  }
}
