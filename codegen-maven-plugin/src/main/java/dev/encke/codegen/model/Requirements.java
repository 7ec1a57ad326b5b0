package dev.encke.codegen.model;

import java.util.List;

/**
 * What a page must load before a widget's calls work: plain scripts by URL and AMD modules by id,
 * and the library they belong to, which pages declare by name.
 *
 * @param scripts script URLs, in load order
 * @param amdModules AMD module ids
 * @param library the library named by {@code @Library}, or empty for the one named after the
 *     first segment of the type's JavaScript name
 */
public record Requirements(List<String> scripts, List<String> amdModules, String library) {

  public static final Requirements NONE = new Requirements(List.of(), List.of(), "");

  public Requirements {
    scripts = List.copyOf(scripts);
    amdModules = List.copyOf(amdModules);
  }

  public boolean isEmpty() {
    return scripts.isEmpty() && amdModules.isEmpty() && library.isEmpty();
  }

  /** Whether a page must load anything at all. */
  public boolean needsLoading() {
    return !scripts.isEmpty() || !amdModules.isEmpty();
  }
}
