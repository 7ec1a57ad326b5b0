package dev.encke.codegen.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything one run read: the types the definitions declare and the descriptors that describe
 * or adjust them, each sorted by JavaScript name so that output does not depend on file order.
 * Passes turn one model into the next; after the descriptor pass, {@link #descriptors()} is
 * empty.
 */
public record Model(List<TypeDef> types, List<TypeDef> descriptors) {

  private static final Comparator<TypeDef> BY_NAME = Comparator.comparing(TypeDef::name);

  public Model {
    types = types.stream().sorted(BY_NAME).toList();
    descriptors = descriptors.stream().sorted(BY_NAME).toList();
  }

  public Model(List<TypeDef> types) {
    this(types, List.of());
  }

  /** The type with the given JavaScript name; the first one when the input declares it twice. */
  public Optional<TypeDef> find(String name) {
    return types.stream().filter(type -> type.name().equals(name)).findFirst();
  }

  /** The types by JavaScript name; of duplicates, the first one. */
  public Map<String, TypeDef> byName() {
    Map<String, TypeDef> index = new LinkedHashMap<>();
    for (TypeDef type : types) {
      index.putIfAbsent(type.name(), type);
    }
    return index;
  }

  /** A model with each type replaced by {@code mapping}'s result. */
  public Model mapTypes(UnaryOperator<TypeDef> mapping) {
    return new Model(types.stream().map(mapping).toList(), descriptors);
  }
}
