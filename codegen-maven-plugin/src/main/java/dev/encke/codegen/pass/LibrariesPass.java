package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Library;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;

/**
 * Checks what the library manifests will say: that every library name is one a page can declare,
 * and that the types of one library do not need its scripts in contradicting orders.
 */
final class LibrariesPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    for (Library library : Library.of(model)) {
      MemberOwner first = library.types().get(0);
      if (!Library.NAME.matcher(library.name()).matches()) {
        problems.error(first.location(), "library name \"" + library.name() + "\" of \""
            + first.name() + "\" may hold only letters, digits, '.', '_' and '-'");
      }
      library.orderConflict().ifPresent(conflict ->
          problems.error(conflict.type().location(), conflict.message()));
    }
    return model;
  }
}
