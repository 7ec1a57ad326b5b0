package dev.encke.codegen.model;

import java.util.List;

/**
 * What a page must load before a widget's calls work: plain scripts by URL and AMD modules by id.
 *
 * @param scripts script URLs, in load order
 * @param amdModules AMD module ids
 */
public record Requirements(List<String> scripts, List<String> amdModules) {

  public static final Requirements NONE = new Requirements(List.of(), List.of());

  public Requirements {
    scripts = List.copyOf(scripts);
    amdModules = List.copyOf(amdModules);
  }

  public boolean isEmpty() {
    return scripts.isEmpty() && amdModules.isEmpty();
  }
}
