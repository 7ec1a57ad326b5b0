package dev.encke.codegen;

import dev.encke.codegen.descriptor.DescriptorReader;
import dev.encke.codegen.emit.LibraryWriter;
import dev.encke.codegen.emit.Writers;
import dev.encke.codegen.jsdoc.DefinitionReader;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.pass.Passes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Generates typed Java proxies from JavaScript widget definitions and Java binding descriptors:
 * read → model → passes → write. Runs without Maven; the Maven goal only forwards its
 * parameters here. With a resources folder it also writes the manifest of each library the
 * bindings require, for pages to load before they connect.
 *
 * <p>A run reports every problem of its input at once; with an error (or, when strict, a warning)
 * it writes nothing. A declaration it cannot express is skipped with a warning that says why, and
 * a failure of the generator itself on one construct is an error at that construct, never an
 * exception. Output is sorted
 * and carries no timestamps. A run whose inputs, options and generator are those of the previous
 * run does no work at all; otherwise only files whose bytes change are written, and files that no
 * input generates any more are deleted.
 *
 * <p>Instances are immutable; runs of different generators may proceed in parallel as long as
 * they write to different output folders.
 */
public final class Generator {

  private final GeneratorOptions options;

  public Generator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * Runs the generator.
   *
   * @return the files written and the warnings of the input
   * @throws GenerationException when the input has errors, or warnings in a strict run; it lists
   *     them all
   * @throws IOException when reading or writing fails
   */
  public GenerationResult run() throws GenerationException, IOException {
    Inputs inputs = Inputs.read(options);
    String fingerprint = inputs.fingerprint(options);
    Optional<OutputState> previous = OutputState.read(options.stateFile());
    OutputState.Roots roots =
        new OutputState.Roots(options.outputDirectory(), options.resourcesDirectory());
    if (previous.isPresent() && previous.get().isCurrent(fingerprint, roots)) {
      return new GenerationResult(List.of(), List.of());
    }
    Problems problems = new Problems();
    Model model = new Passes(options).applyAll(read(inputs, problems), problems);
    problems.throwIfFailed(options.strict());
    Map<String, String> sources = Writers.emit(model, problems);
    problems.throwIfFailed(options.strict());
    Map<String, byte[]> contents = new TreeMap<>();
    sources.forEach((path, source) ->
        contents.put(OutputState.SOURCE + path, source.getBytes(StandardCharsets.UTF_8)));
    if (options.resourcesDirectory() != null) {
      LibraryWriter.emit(model).forEach((path, bytes) ->
          contents.put(OutputState.RESOURCE + path, bytes));
    }
    List<Path> written = OutputState.apply(contents, previous, roots);
    new OutputState(fingerprint, List.copyOf(contents.keySet())).write(options.stateFile());
    return new GenerationResult(written, problems.warnings());
  }

  private static Model read(Inputs inputs, Problems problems) {
    DefinitionReader definitions = new DefinitionReader(problems);
    Map<Path, String> texts = new LinkedHashMap<>();
    inputs.definitions().forEach(input -> texts.put(input.file(), input.text()));
    definitions.readAll(texts);
    DescriptorReader descriptors = new DescriptorReader(problems);
    inputs.descriptors().forEach(input -> descriptors.read(input.file(), input.text()));
    return new Model(definitions.types(), descriptors.types());
  }
}
