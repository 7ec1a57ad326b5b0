package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed JSDoc comment: the free-text description and the block tags in order. Offsets are
 * positions in the definition file, for error messages.
 */
record JsDoc(String description, List<Tag> tags) {

  static final JsDoc NONE = new JsDoc("", List.of());

  /** Tags the reader turns into structure rather than documentation. */
  private static final Set<String> STRUCTURAL = Set.of(
      "const", "constructor", "interface", "record", "extends", "implements", "mixes", "mixin",
      "typedef", "enum", "param", "return", "returns", "template", "this", "type", "deprecated",
      "namespace", "chainable", "final");

  /** Closure Compiler's instructions to itself, which say nothing to a Java reader. */
  private static final Set<String> COMPILER_ONLY = Set.of(
      "override", "nosideeffects", "struct", "dict", "export", "suppress", "externs",
      "fileoverview", "license", "preserve", "unrestricted", "modifies", "nocollapse", "noalias",
      "package", "protected", "public", "private", "define", "polymer", "polymerBehavior");

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
  record Tag(String name, String type, int typeOffset, String text, int offset) {

    /** The first word of the text: the parameter name of {@code @param}, for instance. */
    String firstWord() {
      int space = indexOfSpace(text);
      return space < 0 ? text : text.substring(0, space);
    }

    /** The text after the first word. */
    String afterFirstWord() {
      int space = indexOfSpace(text);
      return space < 0 ? "" : text.substring(space + 1).strip();
    }

    private static int indexOfSpace(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isWhitespace(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }
  }

  boolean has(String tagName) {
    return tags.stream().anyMatch(tag -> tag.name().equals(tagName));
  }

  Optional<Tag> first(String tagName) {
    return tags.stream().filter(tag -> tag.name().equals(tagName)).findFirst();
  }

  List<Tag> all(String tagName) {
    return tags.stream().filter(tag -> tag.name().equals(tagName)).toList();
  }

  /** The documentation a Java reader gets: description, deprecation and the tags kept as text. */
  Doc toDoc() {
    Optional<Tag> deprecated = first("deprecated");
    List<Doc.Tag> kept = new ArrayList<>();
    for (Tag tag : tags) {
      if (!STRUCTURAL.contains(tag.name()) && !COMPILER_ONLY.contains(tag.name())) {
        String text = tag.type() == null ? tag.text() : ("{" + tag.type() + "} " + tag.text());
        kept.add(new Doc.Tag(tag.name(), text.strip()));
      }
    }
    return new Doc(description, deprecated.isPresent(),
        deprecated.map(Tag::text).orElse(""), kept);
  }
}
