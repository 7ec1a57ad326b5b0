package dev.encke.codegen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A library as pages declare it by name: the scripts and AMD modules all its types require,
 * merged. A script keeps its place relative to the scripts each type lists beside it, so that
 * {@code [config.js, dojo.js]} from one type and {@code [dojo.js, extra.js]} from another give
 * {@code [config.js, dojo.js, extra.js]}.
 *
 * @param name the name pages declare: letters, digits, {@code .}, {@code _} and {@code -}
 * @param scripts the script URLs, in load order
 * @param amdModules the AMD module ids, each once, in the order the types name them
 * @param types the namespaces and classes that require it, by JavaScript name
 */
public record Library(
    String name, List<String> scripts, List<String> amdModules, List<MemberOwner> types) {

  /** What a library name may be; the page's client refuses anything else. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public Library {
    scripts = List.copyOf(scripts);
    amdModules = List.copyOf(amdModules);
    types = List.copyOf(types);
  }

  /** The libraries of the model's types that need anything loaded, sorted by name. */
  public static List<Library> of(Model model) {
    Map<String, List<MemberOwner>> byLibrary = new TreeMap<>();
    for (TypeDef type : model.types()) {
      if (type instanceof MemberOwner owner && owner.javaName() != null
          && owner.requirements().needsLoading()) {
        byLibrary.computeIfAbsent(nameOf(owner), key -> new ArrayList<>()).add(owner);
      }
    }
    List<Library> libraries = new ArrayList<>();
    byLibrary.forEach((name, types) -> libraries.add(merge(name, types)));
    return libraries;
  }

  /** The {@code @Library} name, else the first segment of the JavaScript name. */
  public static String nameOf(MemberOwner type) {
    String declared = type.requirements().library();
    if (!declared.isEmpty()) {
      return declared;
    }
    int dot = type.name().indexOf('.');
    return dot < 0 ? type.name() : type.name().substring(0, dot);
  }

  private static Library merge(String name, List<MemberOwner> types) {
    List<String> scripts = new ArrayList<>();
    Map<String, Boolean> modules = new LinkedHashMap<>();
    for (MemberOwner type : types) {
      List<String> own = type.requirements().scripts();
      for (int i = 0; i < own.size(); i++) {
        if (!scripts.contains(own.get(i))) {
          scripts.add(insertionPoint(scripts, own, i), own.get(i));
        }
      }
      type.requirements().amdModules().forEach(module -> modules.put(module, true));
    }
    return new Library(name, scripts, List.copyOf(modules.keySet()), types);
  }

  /** Before the next script of the same list already placed, else at the end. */
  private static int insertionPoint(List<String> merged, List<String> own, int index) {
    for (int next = index + 1; next < own.size(); next++) {
      int at = merged.indexOf(own.get(next));
      if (at >= 0) {
        return at;
      }
    }
    return merged.size();
  }

  /** A type whose scripts the merged order contradicts, and why. */
  public record Conflict(MemberOwner type, String message) {}

  /**
   * The first type whose scripts the merged order contradicts, with the two scripts out of order:
   * one type loads {@code a.js} before {@code b.js}, another {@code b.js} before {@code a.js}.
   */
  public Optional<Conflict> orderConflict() {
    for (MemberOwner type : types) {
      List<String> own = type.requirements().scripts();
      for (int i = 1; i < own.size(); i++) {
        if (scripts.indexOf(own.get(i - 1)) > scripts.indexOf(own.get(i))) {
          return Optional.of(new Conflict(type, "the scripts of library \"" + name
              + "\" are required in different orders: \"" + type.name() + "\" loads "
              + own.get(i - 1) + " before " + own.get(i) + ", another type the other way round"));
        }
      }
    }
    return Optional.empty();
  }
}
