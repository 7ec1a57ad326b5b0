package dev.encke.codegen.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * As {@code generate}, for bindings only the tests use: definitions in {@code src/test/widgets},
 * descriptors in {@code src/test/bindings}; the Java sources become a test source root and the
 * library manifests a test resource root, so they never reach the module's own jar.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public final class GenerateTestMojo extends AbstractGenerateMojo {

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

  /** Skips generation too: {@code -Dmaven.test.skip} skips compiling the tests. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean testsSkipped;

  public GenerateTestMojo() {
    super("Encke test code generation");
  }

  @Override
  Folders folders() {
    return new Folders(definitionsDirectory, descriptorsDirectory, outputDirectory,
        resourcesDirectory);
  }

  @Override
  boolean skipped() {
    return testsSkipped;
  }

  @Override
  void addRoots(File output, File resources) {
    project.addTestCompileSourceRoot(output.getPath());
    addResourceRoot(resources, project.getTestResources(), project::addTestResource);
  }
}
