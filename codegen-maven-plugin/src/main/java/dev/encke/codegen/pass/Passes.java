package dev.encke.codegen.pass;

import dev.encke.codegen.GeneratorOptions;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.Model;
import java.nio.file.Path;
import java.util.List;

/**
 * The ordered passes every run applies. Each relies on those before it: names exist before
 * inline types are named after them, types are resolved before inheritance follows them,
 * properties read through accessor functions are functions before overloads are expanded, and
 * overloads exist before overrides are matched by Java signature. Numbers become integers after
 * overloads, which name parameters by their final Java names, and before validation, which
 * compares signatures.
 */
public final class Passes {

  private final List<Pass> passes;

  /** The standard passes, with the options' package mapping and integer numbers. */
  public Passes(GeneratorOptions options) {
    this.passes = List.of(
        new DescriptorPass(),
        new AliasPass(),
        new TypeNamesPass(options.packageMapping(), options.defaultPackage()),
        new MemberNamesPass(),
        new TemplatesPass(),
        new InlineTypesPass(),
        new TypeResolutionPass(),
        new SupertypesPass(),
        new MixinsPass(),
        new RedeclarationsPass(),
        new FluentInheritancePass(),
        new AccessorsPass(),
        new OverloadsPass(),
        new IntegersPass(options.integerEntities()),
        new OverridesPass(),
        new ValidationPass(),
        new LibrariesPass());
  }

  /**
   * Applies every pass in order. A pass that fails as a whole is reported against the first
   * type of the model, and the next passes go on with the model it was given.
   */
  public Model applyAll(Model model, Problems problems) {
    Model current = model;
    for (Pass pass : passes) {
      try {
        current = pass.applyTo(current, problems);
      } catch (RuntimeException e) {
        Location at = current.types().isEmpty() ? new Location(Path.of("."), 1, 1)
            : current.types().get(0).location();
        problems.internal(at, "the pass " + pass.getClass().getSimpleName(), e);
      }
    }
    return current;
  }
}
