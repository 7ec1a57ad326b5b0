package dev.encke.codegen.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates typed Java proxies from JavaScript widget definitions and Java binding descriptors,
 * and adds them as a source root; writes the manifests of the libraries they require and adds
 * those as a resource root. Problems in the input fail the build once, listing every one
 * with its file, line and column. An unchanged build rewrites nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGenerateMojo {

  /** Folder of JSDoc-typed JavaScript widget definitions ({@code *.js}, searched recursively). */
  @Parameter(defaultValue = "${project.basedir}/src/main/widgets", required = true)
  private File definitionsDirectory;

  /** Folder of binding descriptors ({@code *.java} interfaces, searched recursively). */
  @Parameter(defaultValue = "${project.basedir}/src/main/bindings", required = true)
  private File descriptorsDirectory;

  /** Where the Java sources are written; added to the compile source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/encke", required = true)
  private File outputDirectory;

  /**
   * Where the manifest of each library the bindings require is written ({@code
   * META-INF/resources/encke/libraries/<name>.json} below it); added as a resource folder, so the
   * manifests are packaged with the classes and served to pages.
   */
  @Parameter(defaultValue = "${project.build.directory}/generated-resources/encke",
      required = true)
  private File resourcesDirectory;

  public GenerateMojo() {
    super("Encke code generation");
  }

  @Override
  Folders folders() {
    return new Folders(definitionsDirectory, descriptorsDirectory, outputDirectory,
        resourcesDirectory);
  }

  @Override
  void addRoots(File output, File resources) {
    project.addCompileSourceRoot(output.getPath());
    addResourceRoot(resources, project.getResources(), project::addResource);
  }
}
