package dev.encke.codegen.maven;

import dev.encke.codegen.GenerationException;
import dev.encke.codegen.Generator;
import dev.encke.codegen.GeneratorOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** What both goals do: run the generator on their folders and report as Maven expects. */
final class Generation {

  private Generation() {}

  static void run(Log log, File definitions, File descriptors, File output, File resources,
      Map<String, String> packageMapping) throws MojoExecutionException, MojoFailureException {
    GeneratorOptions.Builder options = GeneratorOptions.builder()
        .definitionsDirectory(definitions.toPath())
        .descriptorsDirectory(descriptors.toPath())
        .outputDirectory(output.toPath())
        .resourcesDirectory(resources.toPath());
    try {
      packageMapping.forEach(options::mapPackage);
      List<Path> written = new Generator(options.build()).run();
      log.info(written.isEmpty()
          ? "Encke: generated sources in " + output + " are up to date"
          : "Encke: " + written.size() + " file(s) written to " + output + " and " + resources);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Encke packageMapping: " + e.getMessage(), e);
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
