package dev.encke.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A folder of material no registry provides (the real TIBCO GI), which {@code scripts/test} passes
 * to the tests as a system property pointing into {@code ../shared}. As a JUnit condition on a
 * test class: when the folder is there the class runs; when it is missing and {@code CI=true} the
 * class fails, naming the property; otherwise it is skipped with a message that says how to supply
 * the folder.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SharedFolder gi = SharedFolder.giHome();
 * }</pre>
 */
public final class SharedFolder implements ExecutionCondition {

  private final String property;
  private final String marker;
  private final String description;
  private final String sharedPath;

  private SharedFolder(String property, String marker, String description, String sharedPath) {
    this.property = property;
    this.marker = marker;
    this.description = description;
    this.sharedPath = sharedPath;
  }

  /** An unmodified TIBCO GI 3.9.1 with its API XML: {@code -Dencke.gi.home}. */
  public static SharedFolder giHome() {
    return new SharedFolder("encke.gi.home", "JSX/js/JSX30.js",
        "TIBCO General Interface 3.9.1 (a folder with JSX/, logger.xml and api/xml/)",
        "../shared/vendor/gi-3.9.1");
  }

  /** The folder, when the property names one that holds what it should. */
  public Optional<Path> find() {
    String value = System.getProperty(property, "");
    if (value.isBlank()) {
      return Optional.empty();
    }
    Path folder = Path.of(value).toAbsolutePath().normalize();
    return Files.isRegularFile(folder.resolve(marker)) ? Optional.of(folder) : Optional.empty();
  }

  /**
   * The folder.
   *
   * @throws IllegalStateException saying how to supply it, when it is missing
   */
  public Path path() {
    return find().orElseThrow(() -> new IllegalStateException(missing()));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (find().isPresent()) {
      return ConditionEvaluationResult.enabled(description + " found at " + path());
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true and " + missing());
    }
    return ConditionEvaluationResult.disabled(missing());
  }

  private String missing() {
    return description + " is missing: -D" + property + "=\"" + System.getProperty(property, "")
        + "\" names no folder with " + marker + ". scripts/test passes " + sharedPath
        + " when it is there; pass -D" + property + "=PATH to use another copy.";
  }
}
