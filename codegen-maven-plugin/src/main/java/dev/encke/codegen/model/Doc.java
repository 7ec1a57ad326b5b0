package dev.encke.codegen.model;

import java.util.List;

/**
 * The documentation of a definition: its free text, whether it is deprecated and why, and the
 * tags the generator does not act on but keeps for the reader ({@code @since}, {@code @see},
 * {@code @fires}, …).
 *
 * @param description free text, paragraphs separated by a blank line
 * @param deprecated whether the definition carries {@code @deprecated}
 * @param deprecation the text of {@code @deprecated}, empty when it has none
 * @param tags the other tags, in input order
 */
public record Doc(String description, boolean deprecated, String deprecation, List<Tag> tags) {

  /** No documentation at all. */
  public static final Doc EMPTY = new Doc("", false, "", List.of());

  public Doc {
    tags = List.copyOf(tags);
  }

  /** Documentation with only a description. */
  public static Doc of(String description) {
    return new Doc(description, false, "", List.of());
  }

  public boolean isEmpty() {
    return description.isEmpty() && !deprecated && tags.isEmpty();
  }

  /** This documentation, or {@code fallback} where this one says nothing. */
  public Doc orElse(Doc fallback) {
    return isEmpty() ? fallback : this;
  }

  /**
   * A kept tag.
   *
   * @param name the tag name without {@code @}
   * @param text what follows the name
   */
  public record Tag(String name, String text) {}
}
