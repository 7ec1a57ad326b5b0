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
 * As {@code generate}, for bindings only the tests use: definitions in {@code src/test/widgets},
 * descriptors in {@code src/test/bindings}; the Java sources become a test source root and the
 * library manifests a test resource root, so they never reach the module's own jar.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public final class GenerateTestMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Folder of JSDoc-typed JavaScript widget definitions ({@code *.js}, searched recursively). */
  @Parameter(defaultValue = "${project.basedir}/src/test/widgets", required = true)
  private File definitionsDirectory;

  /** Folder of binding descriptors ({@code *.java} interfaces, searched recursively). */
  @Parameter(defaultValue = "${project.basedir}/src/test/bindings", required = true)
  private File descriptorsDirectory;

  /** Where the Java sources are written; added to the test compile source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/encke",
      required = true)
  private File outputDirectory;

  /** Where library manifests are written; added as a test resource folder. */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-resources/encke",
      required = true)
  private File resourcesDirectory;

  /** JavaScript namespace prefix to Java package, for example {@code <acme>com.acme</acme>}. */
  @Parameter
  private Map<String, String> packageMapping = Map.of();

  /** Skips generation; so does {@code -Dmaven.test.skip}, which skips compiling the tests. */
  @Parameter(property = "encke.codegen.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean testsSkipped;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || testsSkipped) {
      getLog().info("Encke test code generation skipped");
      return;
    }
    Generation.run(getLog(), definitionsDirectory, descriptorsDirectory, outputDirectory,
        resourcesDirectory, packageMapping);
    project.addTestCompileSourceRoot(outputDirectory.getPath());
    Generation.addResourceRoot(resourcesDirectory, project.getTestResources(),
        project::addTestResource);
  }
}
