package dev.encke.codegen.jsdoc;

import java.util.List;
import java.util.Optional;

/**
 * A parsed JSDoc comment: the free-text description and the block tags in order. Offsets are
 * positions in the definition file, for error messages.
 */
record JsDoc(String description, List<Tag> tags) {

  JsDoc {
    tags = List.copyOf(tags);
  }

  /**
   * One block tag such as {@code @param {string} id the element's id}.
   *
   * @param name the tag name without {@code @}
   * @param type the text between the braces, or null when the tag has no type
   * @param typeOffset file offset of the type text's first character
   * @param text what follows the type, trimmed
   * @param offset file offset of the {@code @}
   */
  record Tag(String name, String type, int typeOffset, String text, int offset) {}

  boolean has(String tagName) {
    return tags.stream().anyMatch(tag -> tag.name().equals(tagName));
  }

  Optional<Tag> first(String tagName) {
    return tags.stream().filter(tag -> tag.name().equals(tagName)).findFirst();
  }

  List<Tag> all(String tagName) {
    return tags.stream().filter(tag -> tag.name().equals(tagName)).toList();
  }
}
