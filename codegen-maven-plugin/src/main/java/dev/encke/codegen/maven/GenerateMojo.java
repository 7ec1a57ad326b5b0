package dev.encke.codegen.maven;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Java proxies from JavaScript widget definitions and Java binding descriptors,
 * and adds them as a source root; writes the manifests of the libraries they require and adds
 * those as a resource root. Problems in the input fail the build once, listing every one
 * with its file, line and column. An unchanged build rewrites nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

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

  /** JavaScript namespace prefix to Java package, for example {@code <dwr>com.acme.dwr</dwr>}. */
  @Parameter
  private Map<String, String> packageMapping = Map.of();

  /** Skips generation. */
  @Parameter(property = "encke.codegen.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Encke code generation skipped");
      return;
    }
    Generation.run(getLog(), definitionsDirectory, descriptorsDirectory, outputDirectory,
        resourcesDirectory, packageMapping);
    project.addCompileSourceRoot(outputDirectory.getPath());
    Generation.addResourceRoot(resourcesDirectory, project.getResources(), project::addResource);
  }
}
