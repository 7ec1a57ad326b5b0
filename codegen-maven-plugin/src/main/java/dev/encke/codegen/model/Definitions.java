package dev.encke.codegen.model;

import java.util.Comparator;
import java.util.List;

/** Everything read from the definitions of one run, namespaces sorted by qualified name. */
public record Definitions(List<NamespaceDef> namespaces) {

  public Definitions {
    namespaces =
        namespaces.stream().sorted(Comparator.comparing(NamespaceDef::qualifiedName)).toList();
  }
}
