package dev.encke.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What one {@link Generator} run did.
 *
 * @param written the generated files (sources and manifests) written because their content
 *     changed; empty when the output was up to date
 * @param warnings the declarations skipped or read differently, each saying why; empty when the
 *     output was up to date, as nothing was read
 */
public record GenerationResult(List<Path> written, List<Problem> warnings) {

  public GenerationResult {
    written = List.copyOf(written);
    warnings = List.copyOf(warnings);
  }
}
