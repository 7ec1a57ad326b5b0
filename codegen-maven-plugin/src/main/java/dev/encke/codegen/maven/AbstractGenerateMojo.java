package dev.encke.codegen.maven;

import dev.encke.codegen.GenerationException;
import dev.encke.codegen.GenerationResult;
import dev.encke.codegen.Generator;
import dev.encke.codegen.GeneratorOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What both goals do: run the generator on their folders, report as Maven expects, and register
 * what it wrote with the project. Each goal names its folders, with its own defaults, and says
 * which roots they become.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** JavaScript namespace prefix to Java package, for example {@code <dwr>com.acme.dwr</dwr>}. */
  @Parameter
  private Map<String, String> packageMapping = Map.of();

  /**
   * The Java package of JavaScript names no {@code packageMapping} prefix matches, and of the
   * class {@code Global} of the global functions and variables.
   */
  @Parameter
  private String defaultPackage;

  /**
   * Numbers that become {@code int}, by JavaScript name: {@code Array.prototype.length}, {@code
   * Array.prototype.indexOf} (its result), {@code Array.prototype.indexOf.fromIndex} (a
   * parameter).
   */
  @Parameter
  private List<String> integerEntities = List.of();

  /** Fails the build on warnings too: declarations skipped, types approximated. */
  @Parameter(property = "encke.codegen.strict", defaultValue = "false")
  private boolean strict;

  /** Skips generation. */
  @Parameter(property = "encke.codegen.skip", defaultValue = "false")
  private boolean skip;

  /** What the goal generates, for the log: {@code "Encke code generation"}. */
  private final String what;

  AbstractGenerateMojo(String what) {
    this.what = what;
  }

  /** The folder of definitions, of descriptors, of the Java sources and of the manifests. */
  record Folders(File definitions, File descriptors, File output, File resources) {}

  abstract Folders folders();

  /** Whether the goal has a reason of its own to skip, beyond {@code encke.codegen.skip}. */
  boolean skipped() {
    return false;
  }

  /** Registers the written sources and manifests with {@link #project} as this goal's roots. */
  abstract void addRoots(File output, File resources);

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipped()) {
      getLog().info(what + " skipped");
      return;
    }
    Folders folders = folders();
    generate(folders);
    addRoots(folders.output(), folders.resources());
  }

  private void generate(Folders folders) throws MojoExecutionException, MojoFailureException {
    GeneratorOptions.Builder options = GeneratorOptions.builder()
        .definitionsDirectory(folders.definitions().toPath())
        .descriptorsDirectory(folders.descriptors().toPath())
        .outputDirectory(folders.output().toPath())
        .resourcesDirectory(folders.resources().toPath())
        .strict(strict);
    try {
      packageMapping.forEach(options::mapPackage);
      options.defaultPackage(defaultPackage).integerEntities(integerEntities);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Encke configuration: " + e.getMessage(), e);
    }
    try {
      GenerationResult result = new Generator(options.build()).run();
      result.warnings().forEach(warning -> getLog().warn(warning.toString()));
      List<Path> written = result.written();
      getLog().info(written.isEmpty()
          ? "Encke: generated sources in " + folders.output() + " are up to date"
          : "Encke: " + written.size() + " file(s) written to " + folders.output() + " and "
              + folders.resources());
    } catch (GenerationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Encke code generation failed: " + e.getMessage(), e);
    }
  }

  /** Adds {@code folder} through {@code add} unless {@code present} already lists it. */
  static void addResourceRoot(File folder, List<Resource> present, Consumer<Resource> add) {
    String directory = folder.getPath();
    if (present.stream().noneMatch(r -> directory.equals(r.getDirectory()))) {
      Resource resource = new Resource();
      resource.setDirectory(directory);
      add.accept(resource);
    }
  }
}
