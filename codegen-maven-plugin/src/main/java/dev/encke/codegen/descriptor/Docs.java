package dev.encke.codegen.descriptor;

import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import com.github.javaparser.javadoc.Javadoc;
import com.github.javaparser.javadoc.JavadocBlockTag;
import dev.encke.codegen.model.Doc;
import java.util.List;
import java.util.Optional;

/** Reads a descriptor's Javadoc into the model's documentation. */
final class Docs {

  private Docs() {}

  static <N extends NodeWithJavadoc<?> & NodeWithAnnotations<?>> Doc of(N node) {
    Optional<Javadoc> javadoc = node.getJavadoc();
    boolean annotated = node.getAnnotationByName("Deprecated").isPresent();
    if (javadoc.isEmpty()) {
      return annotated ? new Doc("", true, "", List.of()) : Doc.EMPTY;
    }
    String description = paragraphs(javadoc.get().getDescription().toText());
    Optional<String> deprecation = tag(javadoc.get(), JavadocBlockTag.Type.DEPRECATED, null);
    return new Doc(description, annotated || deprecation.isPresent(),
        deprecation.orElse(""), List.of());
  }

  /** The text of the {@code @param} of {@code name}, or of the first tag of {@code type}. */
  static Optional<String> tag(Javadoc javadoc, JavadocBlockTag.Type type, String name) {
    return javadoc.getBlockTags().stream()
        .filter(tag -> tag.getType() == type)
        .filter(tag -> name == null || tag.getName().filter(name::equals).isPresent())
        .map(tag -> paragraphs(tag.getContent().toText()))
        .findFirst();
  }

  /** Javadoc's lines joined as JSDoc descriptions are: paragraphs split by a blank line. */
  private static String paragraphs(String text) {
    StringBuilder result = new StringBuilder();
    boolean blank = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.equals("<p>")) {
        blank = result.length() > 0;
        continue;
      }
      if (trimmed.startsWith("<p>")) {
        trimmed = trimmed.substring(3).strip();
        blank = result.length() > 0;
      }
      if (result.length() > 0) {
        result.append(blank ? "\n\n" : " ");
      }
      result.append(trimmed);
      blank = false;
    }
    return result.toString();
  }
}
