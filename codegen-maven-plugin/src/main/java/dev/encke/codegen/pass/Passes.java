package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Model;
import java.util.List;
import java.util.Map;

/**
 * The ordered passes every run applies. Each relies on those before it: names exist before
 * inline types are named after them, types are resolved before inheritance follows them,
 * properties read through accessor functions are functions before overloads are expanded, and
 * overloads exist before overrides are matched by Java signature.
 */
public final class Passes {

  private final List<Pass> passes;

  /** The standard passes, mapping JavaScript namespaces to Java packages by {@code mapping}. */
  public Passes(Map<String, String> packageMapping) {
    this.passes = List.of(
        new DescriptorPass(),
        new AliasPass(),
        new TypeNamesPass(packageMapping),
        new MemberNamesPass(),
        new InlineTypesPass(),
        new TypeResolutionPass(),
        new InheritancePass(),
        new AccessorsPass(),
        new OverloadsPass(),
        new OverridesPass(),
        new ValidationPass(),
        new LibrariesPass());
  }

  public Model applyAll(Model model, Problems problems) {
    Model current = model;
    for (Pass pass : passes) {
      current = pass.applyTo(current, problems);
    }
    return current;
  }
}
